package org.rongjun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.rongjun.messaging.MessagingTestServers;
import org.rongjun.messaging.campaign.Audience;
import org.rongjun.messaging.campaign.CampaignDraft;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.optout.OptOutDraft;
import org.rongjun.messaging.optout.OptOuts;
import org.rongjun.messaging.outbox.MessageDispatcher;
import org.rongjun.messaging.outbox.Recipient;
import org.rongjun.messaging.template.MessageTemplates;
import org.rongjun.messaging.template.TemplateDraft;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.DatabaseSuperuser;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.Today;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: no personal number in clear in any table (个人信息保护法 Art 51, ADR 0007). After
 * the whole demo seed, a campaign to the whole demo county (SMS and in-app, partly sent),
 * a list of posted recipients with phones and email, an opt-out by phone and an SMS reply
 * "TD", every text and JSON column of every schema is searched for what looks like a
 * mobile number, a valid resident ID number or a bank account number.
 */
@IntegrationTest
@Timeout(300)
class NoPersonalNumberInClearTests {

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421"));

	/**
	 * Columns that may hold a phone in clear, and why: a work number published to the
	 * public is no personal number.
	 */
	private static final Set<String> ALLOWED = Set.of(
			// 服务站 contact phone: printed on the station's door and in the public
			// directory
			"organization.service_station.phone",
			// staff's work phone: the office line or work mobile citizens are given
			"organization.staff.phone");

	/** Boundaries: not part of a longer number, nor of a hex or base64 string. */
	private static final String PHONE = "(^|[^0-9A-Za-z])1[3-9][0-9]{9}([^0-9A-Za-z]|$)";

	private static final String LONG_NUMBER = "(^|[^0-9A-Za-z])[0-9]{15,30}[0-9Xx]?([^0-9A-Za-z]|$)";

	final JdbcClient jdbc;

	final MessageCampaigns campaigns;

	final MessageTemplates templates;

	final MessageDispatcher dispatcher;

	final OptOuts optOuts;

	/**
	 * Sees every schema and may add the probe table, which the application's role may
	 * not.
	 */
	final JdbcClient superuser;

	NoPersonalNumberInClearTests(JdbcClient jdbc, DataSource dataSource, MessageCampaigns campaigns,
			MessageTemplates templates, MessageDispatcher dispatcher, OptOuts optOuts) {
		this.jdbc = jdbc;
		this.superuser = DatabaseSuperuser.of(dataSource).jdbc();
		this.campaigns = campaigns;
		this.templates = templates;
		this.dispatcher = dispatcher;
		this.optOuts = optOuts;
	}

	@Test
	void noTableHoldsAPhoneAnIdOrAnAccountNumberInClearAfterTheDemoSeedAndACampaign() throws Exception {
		long template = this.templates.create(new TemplateDraft("clear-scan", "明文检查", "问候", "${name}同志：新年好！"), COUNTY)
			.id();
		long audience = this.campaigns
			.create(new CampaignDraft("明文检查（全县）", template, List.of(Channel.SMS, Channel.IN_APP), Map.of(),
					new Audience(null, null, null, null, null, null, null), Instant.now(Today.CLOCK).minusSeconds(1)),
					"county.staff", COUNTY)
			.id();
		long posted = this.campaigns
			.create(new CampaignDraft("明文检查（名单）", template, List.of(Channel.SMS, Channel.EMAIL, Channel.IN_APP),
					Map.of()), "county.staff", COUNTY)
			.id();
		try {
			this.optOuts.add(new OptOutDraft(Channel.SMS, "13912345678", null), "county.staff", COUNTY);
			this.campaigns.enqueue(posted,
					List.of(new Recipient("clear-1", "明文一", "13887654321", "ming@example.cn", null, "county.staff",
							Map.of()), new Recipient("clear-2", "明文二", "+86 139 1234 5678", null, null, null, Map.of()))
						.stream());
			this.campaigns.sendDue();
			// some of each sent: SENT rows with the SMSC's ids, an inbox message
			for (int pass = 0; pass < 3; pass++) {
				this.dispatcher.dispatchOnce();
			}
			MessagingTestServers.smsc().reply("13887654321", "TD");
			Thread.sleep(500);
			this.dispatcher.dispatchOnce();

			List<String> found = scan();
			assertThat(found).as("personal numbers in clear").isEmpty();

			// The scan finds what it looks for: a table with a phone, an ID and an
			// account.
			String id = "33042119800101123";
			id += IdNumber.checkCharFor(id);
			this.superuser.sql("create schema clear_probe").update();
			this.superuser.sql("create table clear_probe.note (text text, details jsonb)").update();
			this.superuser.sql("insert into clear_probe.note values (:text, cast(:json as jsonb))")
				.param("text", "联系电话：13812345678，卡号 6222020200112233445")
				.param("json", "{\"idNumber\": \"" + id + "\"}")
				.update();
			assertThat(scan()).containsExactlyInAnyOrder(
					"clear_probe.note.text 手机号: 联系电话：13812345678，卡号 6222020200112233445",
					"clear_probe.note.text 账号: 联系电话：13812345678，卡号 6222020200112233445",
					"clear_probe.note.details 身份证号: {\"idNumber\": \"" + id + "\"}");
		}
		finally {
			this.superuser.sql("drop schema if exists clear_probe cascade").update();
			// Nothing of this test is left for other tests' dispatcher passes to send.
			this.jdbc.sql("""
					update messaging.outbox set status = 'FAILED', last_error = '测试结束'
					where campaign_id in (:ids) and status in ('PENDING', 'SENDING')
					""").param("ids", List.of(audience, posted)).update();
		}
	}

	/** What looks like a personal number in clear, outside the allowed columns. */
	private List<String> scan() {
		List<String> found = new ArrayList<>();
		for (String[] column : textColumns()) {
			String name = column[0] + "." + column[1] + "." + column[2];
			if (ALLOWED.contains(name)) {
				continue;
			}
			for (String value : matches(column, PHONE)) {
				found.add(name + " 手机号: " + value);
			}
			for (String value : matches(column, LONG_NUMBER)) {
				found.add(name + (IdNumber.isValid(longNumber(value)) ? " 身份证号: " : " 账号: ") + value);
			}
		}
		return found;
	}

	/** Schema, table and column of every text, varchar and JSON column of every table. */
	private List<String[]> textColumns() {
		return this.superuser.sql("""
				select c.table_schema, c.table_name, c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where t.table_type = 'BASE TABLE'
				  and c.table_schema not in ('pg_catalog', 'information_schema', 'pg_toast')
				  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
				order by 1, 2, 3
				""").query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).list();
	}

	private List<String> matches(String[] column, String pattern) {
		String sql = "select left(\"%s\"::text, 200) from \"%s\".\"%s\" where \"%s\"::text ~ :pattern limit 3"
			.formatted(column[2], column[0], column[1], column[2]);
		return this.superuser.sql(sql).param("pattern", pattern).query(String.class).list();
	}

	private static String longNumber(String value) {
		java.util.regex.Matcher number = java.util.regex.Pattern.compile("[0-9]{15,30}[0-9Xx]?").matcher(value);
		return number.find() ? number.group() : value;
	}

}
