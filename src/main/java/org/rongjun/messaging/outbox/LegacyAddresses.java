package org.rongjun.messaging.outbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.messaging.channel.Addresses;
import org.rongjun.messaging.channel.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals the addresses that versions before V70 stored in clear ({@code legacy_address} of
 * the outbox and the opt-out list): each is normalised, SM4 sealed and blind indexed like
 * a new one, and the clear value is erased. Runs before the dispatcher's first pass, in
 * batches, until none is left; on a database written by this version it finds nothing.
 */
@Component
class LegacyAddresses {

	private static final Logger log = LoggerFactory.getLogger(LegacyAddresses.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final Addresses addresses;

	LegacyAddresses(JdbcClient jdbc, Addresses addresses) {
		this.jdbc = jdbc;
		this.addresses = addresses;
	}

	private record Legacy(long id, Channel channel, String address) {
	}

	void sealAll() {
		long outbox = seal("outbox", false);
		long optOuts = seal("opt_out", true);
		if (outbox + optOuts > 0) {
			log.info("Sealed {} outbox and {} opt-out address(es) stored in clear by an earlier version", outbox,
					optOuts);
		}
	}

	/**
	 * Forgets a clear address that is no use: an opt-out without a person key goes, an
	 * outbox row keeps its row (and its status) without the address.
	 */
	private void drop(String table, long id) {
		if (table.equals("opt_out")) {
			this.jdbc.sql("""
					delete from messaging.opt_out where id = :id and recipient_key is null and address_index is null
					""").param("id", id).update();
		}
		else {
			this.jdbc.sql("""
					update messaging.outbox
					set status = case when status in ('PENDING', 'SENDING') then 'SKIPPED_NO_ADDRESS' else status end
					where id = :id
					""").param("id", id).update();
		}
		this.jdbc.sql("update messaging." + table + " set legacy_address = null where id = :id")
			.param("id", id)
			.update();
	}

	private long seal(String table, boolean masked) {
		long sealed = 0;
		while (true) {
			List<Legacy> rows = this.jdbc
				.sql("select id, channel, legacy_address from messaging." + table
						+ " where legacy_address is not null order by id limit " + BATCH)
				.query((rs, row) -> new Legacy(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getString(3)))
				.list();
			if (rows.isEmpty()) {
				return sealed;
			}
			for (Legacy row : rows) {
				String normalised = Addresses.normalise(row.channel(), row.address());
				if (normalised == null) {
					// Not an address on its channel: nothing can be sent to it, keep
					// nothing.
					drop(table, row.id());
					continue;
				}
				Addresses.Sealed seal = this.addresses.seal(row.channel(), normalised);
				try {
					this.jdbc
						.sql("update messaging." + table + " set address_cipher = :cipher, address_index = :index"
								+ (masked ? ", address_mask = :mask" : "") + ", legacy_address = null where id = :id")
						.param("cipher", seal.cipher())
						.param("index", seal.index())
						.param("mask", seal.mask())
						.param("id", row.id())
						.update();
					sealed++;
				}
				catch (DuplicateKeyException ex) {
					// The same number written twice (with and without spaces): one
					// opt-out
					// is enough.
					drop(table, row.id());
				}
			}
		}
	}

}
