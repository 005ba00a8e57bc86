package org.rongjun.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The login-failure rule (等保 8.1.4.1 b, ADR 0021), kept for every typed name whether an
 * account has it or not, so that the answers never tell which names exist:
 * <ul>
 * <li>per name and source address: {@code max-failures} failures within {@code duration}
 * block that name from that address for {@code duration} — another machine (the real
 * administrator's) is not affected;</li>
 * <li>per name over all addresses: beyond {@code account-max-failures} failures within
 * {@code duration}, each further failure holds the name back for {@code account-delay}:
 * guessing from many machines slows to a crawl, yet nobody can lock the name out.</li>
 * </ul>
 */
@Component
class LoginThrottle {

	/** The source of the per-name row, counting every address. */
	static final String ALL_SOURCES = "*";

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration duration;

	private final int accountMaxFailures;

	private final Duration accountDelay;

	LoginThrottle(JdbcClient jdbc, @Value("${rongjun.security.lockout.max-failures:5}") int maxFailures,
			@Value("${rongjun.security.lockout.duration:PT15M}") Duration duration,
			@Value("${rongjun.security.lockout.account-max-failures:20}") int accountMaxFailures,
			@Value("${rongjun.security.lockout.account-delay:PT30S}") Duration accountDelay) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.duration = duration;
		this.accountMaxFailures = accountMaxFailures;
		this.accountDelay = accountDelay;
	}

	/** Until when a login of this name from this source is refused without a check. */
	Optional<Instant> blockedUntil(String username, String source, Instant now) {
		return this.jdbc.sql("""
				select max(blocked_until) from identity.login_throttle
				where username = :name and source in (:source, '*') and blocked_until > :now
				""")
			.param("name", username)
			.param("source", source)
			.param("now", utc(now))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Counts a failure; returns until when the name is now blocked from this source, when
	 * this failure was the one that blocked it.
	 */
	Optional<Instant> recordFailure(String username, String source, Instant now) {
		Instant windowStart = now.minus(this.duration);
		record Count(int failures, @Nullable OffsetDateTime blockedUntil) {
		}
		Count count = this.jdbc
			.sql("""
					insert into identity.login_throttle as t (username, source, failures, window_start, blocked_until)
					values (:name, :source, 1, :now, case when 1 >= :max then :until end)
					on conflict (username, source) do update set
					    failures = case when t.window_start < :windowStart then 1 else t.failures + 1 end,
					    window_start = case when t.window_start < :windowStart then :now else t.window_start end,
					    blocked_until = case when (case when t.window_start < :windowStart then 1 else t.failures + 1 end) >= :max
					                         then :until else t.blocked_until end
					returning failures, blocked_until
					""")
			.param("name", username)
			.param("source", source)
			.param("now", utc(now))
			.param("windowStart", utc(windowStart))
			.param("max", this.maxFailures)
			.param("until", utc(now.plus(this.duration)))
			.query((rs, row) -> new Count(rs.getInt("failures"), rs.getObject("blocked_until", OffsetDateTime.class)))
			.single();
		this.jdbc
			.sql("""
					insert into identity.login_throttle as t (username, source, failures, window_start, blocked_until)
					values (:name, '*', 1, :now, null)
					on conflict (username, source) do update set
					    failures = case when t.window_start < :windowStart then 1 else t.failures + 1 end,
					    window_start = case when t.window_start < :windowStart then :now else t.window_start end,
					    blocked_until = case when (case when t.window_start < :windowStart then 1 else t.failures + 1 end) > :max
					                         then :delayed else t.blocked_until end
					""")
			.param("name", username)
			.param("now", utc(now))
			.param("windowStart", utc(windowStart))
			.param("max", this.accountMaxFailures)
			.param("delayed", utc(now.plus(this.accountDelay)))
			.update();
		return (count.failures() == this.maxFailures && count.blockedUntil() != null)
				? Optional.of(count.blockedUntil().toInstant()) : Optional.empty();
	}

	/** A good password from this source: its count starts again. */
	void recordSuccess(String username, String source) {
		this.jdbc.sql("delete from identity.login_throttle where username = :name and source in (:source, '*')")
			.param("name", username)
			.param("source", source)
			.update();
	}

	/** A security administrator lifts every block of the name. */
	void release(String username) {
		this.jdbc.sql("delete from identity.login_throttle where username = :name").param("name", username).update();
	}

	int maxFailures() {
		return this.maxFailures;
	}

	Duration duration() {
		return this.duration;
	}

	/** Rows whose window and block have both passed tell nothing any more. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldFailures() {
		Instant now = Instant.now();
		this.jdbc.sql("""
				delete from identity.login_throttle
				where window_start < :before and (blocked_until is null or blocked_until < :now)
				""").param("before", utc(now.minus(this.duration))).param("now", utc(now)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
