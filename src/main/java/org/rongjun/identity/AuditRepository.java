package org.rongjun.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

	/** Any constant: the advisory lock that serialises appends to the chain. */
	static final long CHAIN_LOCK = 0x52_4A_41_55_44_49_54L;

	private static final RowMapper<AuditEntry> MAPPER = AuditRepository::map;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AuditRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.template = new JdbcTemplate(dataSource);
		this.template.setFetchSize(1000);
	}

	void lockChain() {
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(Object.class).single();
	}

	Optional<AuditEntry> last() {
		return this.jdbc.sql("select * from identity.audit_log order by id desc limit 1").query(MAPPER).optional();
	}

	/** The chain's head: how many rows, the last one and its hash. */
	record Head(long count, long lastId, String lastHash) {
	}

	Optional<Head> head() {
		return this.jdbc.sql("""
				select (select count(*) from identity.audit_log) as count, id, hash
				from identity.audit_log order by id desc limit 1
				""")
			.query((rs, row) -> new Head(rs.getLong("count"), rs.getLong("id"), rs.getString("hash")))
			.optional();
	}

	void insert(long id, Instant at, AuditEvent event, int keyId, String prevHash, String hash) {
		this.jdbc.sql("""
				insert into identity.audit_log (id, at, username, scope_code, action, operation, object, target,
				                                outcome, ip, detail, key_id, prev_hash, hash)
				values (:id, :at, :username, :scope, :action, :operation, :object, :target,
				        :outcome, :ip, :detail, :key, :prev, :hash)
				""")
			.param("id", id)
			.param("at", utc(at))
			.param("username", event.username())
			.param("scope", event.scopeCode())
			.param("action", event.action())
			.param("operation", event.operation())
			.param("object", event.object())
			.param("key", keyId)
			.param("target", event.target())
			.param("outcome", event.outcome().name())
			.param("ip", event.ip())
			.param("detail", event.detail())
			.param("prev", prevHash)
			.param("hash", hash)
			.update();
	}

	/**
	 * Entries in the scope; entries with no scope (e.g. a failed login with an unknown
	 * name) are shown to auditors at county level and above.
	 */
	PageResult<AuditEntry> search(AuditQuery query, RegionScope scope, boolean seesUnscoped, PageQuery page) {
		String where = """
				where ((a.scope_code between :lo and :hi) or (a.scope_code is null and :unscoped))
				  and (cast(:from as timestamptz) is null or a.at >= :from)
				  and (cast(:to as timestamptz) is null or a.at < :to)
				  and (cast(:username as text) is null or a.username = :username)
				  and (cast(:action as text) is null or a.action = :action)
				  and (cast(:outcome as text) is null or a.outcome = :outcome)
				""";
		var items = bind(this.jdbc
			.sql("select * from identity.audit_log a " + where + " order by a.id desc limit :limit offset :offset"),
				query, scope, seesUnscoped)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(MAPPER)
			.list();
		long total = bind(this.jdbc.sql("select count(*) from identity.audit_log a " + where), query, scope,
				seesUnscoped)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditQuery query, RegionScope scope,
			boolean seesUnscoped) {
		return spec.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("unscoped", seesUnscoped)
			.param("from", (query.from() != null) ? utc(query.from()) : null)
			.param("to", (query.to() != null) ? utc(query.to()) : null)
			.param("username", blankToNull(query.username()))
			.param("action", blankToNull(query.action()))
			.param("outcome", (query.outcome() != null) ? query.outcome().name() : null);
	}

	/** Streams the whole chain in order without holding it in memory. */
	void forEachInOrder(Consumer<AuditEntry> consumer) {
		this.template.query("select * from identity.audit_log order by id", (ResultSet rs) -> {
			consumer.accept(map(rs, 0));
		});
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(
			@org.jspecify.annotations.Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
				rs.getString("username"), rs.getString("scope_code"), rs.getString("action"), rs.getString("operation"),
				rs.getString("object"), rs.getString("target"), AuditOutcome.valueOf(rs.getString("outcome")),
				rs.getString("ip"), rs.getString("detail"), rs.getInt("key_id"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
	}

}
