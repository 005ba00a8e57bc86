package org.rongjun.messaging.outbox;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rongjun.messaging.channel.Addresses;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses an earlier version stored in clear are sealed before the dispatcher's first
 * pass: the clear value is gone, the ciphertext opens to the normalised address, and an
 * opt-out keeps matching by its index.
 */
@IntegrationTest
class LegacyAddressesTests {

	final LegacyAddresses legacy;

	final Addresses addresses;

	final JdbcClient jdbc;

	LegacyAddressesTests(LegacyAddresses legacy, Addresses addresses, JdbcClient jdbc) {
		this.legacy = legacy;
		this.addresses = addresses;
		this.jdbc = jdbc;
	}

	@Test
	void clearAddressesLeftByAnEarlierVersionAreSealedAndErased() {
		long template = this.jdbc.sql("""
				insert into messaging.message_template (code, name, title, body, scope_code)
				values ('legacy', '旧模板', '问候', '${name}', '330421000000') returning id
				""").query(Long.class).single();
		long campaign = this.jdbc
			.sql("""
					insert into messaging.message_campaign (name, template_id, title, body, channels, created_by, scope_code)
					values ('旧版本活动', :template, '问候', '${name}', '{SMS}', 'test', '330421000000') returning id
					""")
			.param("template", template)
			.query(Long.class)
			.single();
		long message = this.jdbc
			.sql("""
					insert into messaging.outbox (campaign_id, recipient_key, channel, name, legacy_address, rendered_text, status)
					values (:campaign, 'legacy-1', 'SMS', '旧人', '138 1111 2222', '您好', 'SENT') returning id
					""")
			.param("campaign", campaign)
			.query(Long.class)
			.single();
		long optOut = this.jdbc.sql("""
				insert into messaging.opt_out (channel, legacy_address, source, scope_code)
				values ('SMS', '+8613811112222', 'STAFF', '330421000000') returning id
				""").query(Long.class).single();

		this.legacy.sealAll();

		Map<String, Object> row = this.jdbc
			.sql("select legacy_address, address_cipher, address_index from messaging.outbox where id = :id")
			.param("id", message)
			.query()
			.singleRow();
		assertThat(row.get("legacy_address")).isNull();
		assertThat(this.addresses.open((byte[]) row.get("address_cipher"))).isEqualTo("13811112222");
		Map<String, Object> opted = this.jdbc
			.sql("select legacy_address, address_index, address_mask from messaging.opt_out where id = :id")
			.param("id", optOut)
			.query()
			.singleRow();
		assertThat(opted.get("legacy_address")).isNull();
		assertThat(opted.get("address_mask")).isEqualTo("138****2222");
		assertThat((byte[]) opted.get("address_index")).isEqualTo(row.get("address_index"));
		this.jdbc.sql("delete from messaging.opt_out where id = :id").param("id", optOut).update();
	}

}
