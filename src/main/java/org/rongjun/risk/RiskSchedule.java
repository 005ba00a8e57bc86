package org.rongjun.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning: open risks past their deadline go one level up, and everyone not reached
 * for the configured number of days becomes a warning. One node at a time, by a
 * transaction-scoped advisory lock.
 */
@Component
class RiskSchedule {

	private static final Logger log = LoggerFactory.getLogger(RiskSchedule.class);

	/** The advisory lock key: "risk" in ASCII. */
	private static final long LOCK = 0x7269736bL;

	private final RiskItems items;

	private final Warnings warnings;

	private final RiskProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	RiskSchedule(RiskItems items, Warnings warnings, RiskProperties properties, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.items = items;
		this.warnings = warnings;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Scheduled(cron = "0 15 6 * * *", zone = "Asia/Shanghai")
	void daily() {
		if (!this.properties.scheduleEnabled()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
				.param("key", LOCK)
				.query(Boolean.class)
				.single()) {
				int escalated = this.items.escalateOverdue();
				int silences = this.warnings.scanSilences();
				log.info("Risk: {} overdue risks escalated, {} new no-contact warnings", escalated, silences);
			}
		});
	}

}
