package org.rongjun.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	record Account(long id, long veteranId, String passwordHash, boolean active, int securityVersion) {
	}

	private static final String SELECT = "select id, veteran_id, password_hash, status, security_version from portal.account ";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> ofFile(long veteranId) {
		return this.jdbc.sql(SELECT + "where veteran_id = :veteran")
			.param("veteran", veteranId)
			.query(AccountRepository::row)
			.optional();
	}

	Optional<Account> find(long id) {
		return this.jdbc.sql(SELECT + "where id = :id").param("id", id).query(AccountRepository::row).optional();
	}

	boolean exists(long veteranId) {
		return this.jdbc.sql("select exists (select 1 from portal.account where veteran_id = :veteran)")
			.param("veteran", veteranId)
			.query(Boolean.class)
			.single();
	}

	/** The new account's id, or empty when the file got an account meanwhile. */
	Optional<Long> insert(long veteranId, String passwordHash, Instant now) {
		return this.jdbc.sql("""
				insert into portal.account (veteran_id, password_hash, activated_at, last_login_at)
				values (:veteran, :hash, :now, :now)
				on conflict (veteran_id) do nothing returning id
				""")
			.param("veteran", veteranId)
			.param("hash", passwordHash)
			.param("now", utc(now))
			.query(Long.class)
			.optional();
	}

	void signedIn(long id, Instant now) {
		this.jdbc.sql("update portal.account set last_login_at = :now where id = :id")
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	/**
	 * Two files became one: the merged file's account follows to the surviving file when
	 * that has none; otherwise it goes (the person keeps the survivor's account, and the
	 * gone account's sessions end at their next request).
	 */
	void merge(long survivorId, long mergedId) {
		this.jdbc.sql("""
				update portal.account set veteran_id = :survivor
				where veteran_id = :merged
				  and not exists (select 1 from portal.account where veteran_id = :survivor)
				""").param("survivor", survivorId).param("merged", mergedId).update();
		this.jdbc.sql("delete from portal.account where veteran_id = :merged").param("merged", mergedId).update();
		this.jdbc.sql("update portal.code_ticket set veteran_id = :survivor where veteran_id = :merged")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Account row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Account(rs.getLong("id"), rs.getLong("veteran_id"), rs.getString("password_hash"),
				rs.getString("status").equals("ACTIVE"), rs.getInt("security_version"));
	}

}
