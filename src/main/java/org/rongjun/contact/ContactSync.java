package org.rongjun.contact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the people kept in touch with in line with the registry, which publishes no event
 * when a file is registered or its categories change: every minute the files registered
 * since (an index range on new ids), every night everyone (names, groups, regions, files
 * that ended). One node at a time, by a transaction-scoped advisory lock.
 */
@Component
class ContactSync {

	private static final Logger log = LoggerFactory.getLogger(ContactSync.class);

	/** The advisory lock key: "contact" in ASCII. */
	private static final long LOCK = 0x636f6e74616374L;

	private final ContactPeople people;

	private final CoverageRepository counts;

	private final ContactProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ContactSync(ContactPeople people, CoverageRepository counts, ContactProperties properties, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.people = people;
		this.counts = counts;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void takeOnNewFiles() {
		if (this.properties.syncEnabled()) {
			locked("new files", this.people::syncNew);
		}
	}

	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
	void nightly() {
		if (this.properties.syncEnabled()) {
			locked("everyone", () -> this.people.syncAll() + this.counts.compact());
		}
	}

	private void locked(String what, java.util.function.IntSupplier work) {
		Integer changed = this.transaction.execute((status) -> {
			boolean mine = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
				.param("key", LOCK)
				.query(Boolean.class)
				.single();
			return mine ? work.getAsInt() : null;
		});
		if (changed != null && changed > 0) {
			log.info("Contact sync ({}): {} rows changed", what, changed);
		}
	}

}
