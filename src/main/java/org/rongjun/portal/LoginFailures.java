package org.rongjun.portal;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import static org.rongjun.portal.AccountRepository.utc;

/** Failed portal sign-ins, counted per account and source and per source (ADR 0043). */
@Repository
class LoginFailures {

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(@Nullable Long accountId, String source, Instant now) {
		this.jdbc.sql("insert into portal.login_failure (account_id, source, at) values (:account, :source, :now)")
			.param("account", accountId)
			.param("source", source)
			.param("now", utc(now))
			.update();
	}

	int ofAccount(long accountId, String source, Instant since) {
		return this.jdbc.sql("""
				select count(*) from portal.login_failure
				where account_id = :account and source = :source and at >= :since
				""")
			.param("account", accountId)
			.param("source", source)
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}

	int ofSource(String source, Instant since) {
		return this.jdbc.sql("select count(*) from portal.login_failure where source = :source and at >= :since")
			.param("source", source)
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}

	/** A good password from this source: the account's count starts again. */
	void forget(long accountId, String source) {
		this.jdbc.sql("delete from portal.login_failure where account_id = :account and source = :source")
			.param("account", accountId)
			.param("source", source)
			.update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	void forgetOld() {
		this.jdbc.sql("delete from portal.login_failure where at < :before")
			.param("before", utc(this.clock.instant().minus(java.time.Duration.ofDays(1))))
			.update();
	}

}
