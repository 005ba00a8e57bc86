package org.rongjun.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.DatabaseSuperuser;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log records logins, failures, denials and writes in words, refuses changes,
 * and its keyed chain and anchors (ADR 0020) expose what a database superuser does to it:
 * an edited row, a chain recomputed without the key or with it, a deleted tail. Every
 * attack is undone in {@code finally}, so other tests of the JVM see an intact chain.
 */
@IntegrationTest
class AuditChainIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	final AuditTrail audit;

	final AuditAnchors anchors;

	final AuditKeys keys;

	final DatabaseSuperuser superuser;

	AuditChainIntegrationTests(JdbcClient jdbc, AuditTrail audit, AuditAnchors anchors, AuditKeys keys,
			DataSource dataSource) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.anchors = anchors;
		this.keys = keys;
		this.superuser = DatabaseSuperuser.of(dataSource);
	}

	@Test
	void loginsFailuresDenialsAndWritesAreRecordedWithWhoWhatAndWhere() {
		new ApiClient(this.port).login("county.staff", "not-the-password");
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		long station = staff
			.post("/api/organization/stations", Map.of("name", "审计测试站", "regionCode", "330421107000", "grade", "BASIC"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		staff.delete("/api/organization/stations/" + station).expect(204);
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		village.get("/api/identity/audit").expect(403);

		assertThat(count("LOGIN_FAILED", "county.staff", "FAILURE")).isPositive();
		assertThat(count("LOGIN", "county.staff", "SUCCESS")).isPositive();
		assertThat(count("ACCESS_DENIED", "xijie.staff", "DENIED")).isPositive();
		var deleted = this.jdbc.sql("""
				select operation, object, ip, scope_code from identity.audit_log
				where action = 'WRITE' and username = 'county.staff' and target = :target
				""")
			.param("target", "DELETE /api/organization/stations/" + station)
			.query((rs, row) -> Map.of("operation", rs.getString("operation"), "object", rs.getString("object"), "ip",
					rs.getString("ip"), "scope", rs.getString("scope_code")))
			.single();
		assertThat(deleted.get("operation")).isEqualTo("删除服务中心（站）");
		assertThat(deleted.get("object")).isEqualTo("服务中心（站） #" + station);
		assertThat(deleted.get("ip")).isNotBlank();
		assertThat(deleted.get("scope")).isEqualTo("330421000000");

		this.anchors.anchor("TEST");
		ApiClient auditor = ApiClient.loggedIn(this.port, "county.auditor");
		var page = auditor.get("/api/identity/audit?username=county.staff&action=WRITE").expect(200).json();
		assertThat(page.get("total").asLong()).isPositive();
		assertThat(page.get("items").get(0).get("operation").asString()).isEqualTo("删除服务中心（站）");
		var verified = auditor.post("/api/identity/audit/verify", Map.of()).expect(200).json();
		assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
		assertThat(verified.get("anchors").asInt()).isPositive();
	}

	@Test
	void theLogIsAppendOnlyForTheApplicationAndGuardedByATriggerForOthers() {
		assertThatThrownBy(() -> this.jdbc.sql("update identity.audit_log set detail = 'x'").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.sql("delete from identity.audit_log").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.superuser.jdbc().sql("update identity.audit_log set detail = 'x'").update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.superuser.jdbc().sql("delete from identity.audit_log").update()).rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void aRowEditedByASuperuserIsDetected() {
		long victim = recordSome(3) - 1;
		List<Map<String, Object>> original = snapshotFrom(victim);
		try {
			asSuperuserWithoutTriggers("update identity.audit_log set detail = 'HTTP 200', target = 'GET /api/nothing' "
					+ "where id = " + victim);
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(victim);
			assertThat(result.problem()).contains("内容被改动");
			var shown = ApiClient.loggedIn(this.port, "county.auditor")
				.post("/api/identity/audit/verify", Map.of())
				.expect(200)
				.json();
			assertThat(shown.get("firstBrokenId").asLong()).isEqualTo(victim);
		}
		finally {
			restore(victim, original);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aChainRecomputedWithoutTheKeyIsDetected() {
		long victim = recordSome(3) - 2;
		List<Map<String, Object>> original = snapshotFrom(victim);
		try {
			// What the unkeyed chain allowed: edit, then re-hash every row after it.
			rewriteFrom(victim, (entry) -> Sm3
				.hex(AuditEntry.canonical(entry.id(), entry.at(), entry.event(), entry.keyId(), entry.prevHash())));
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(victim);
		}
		finally {
			restore(victim, original);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aChainRecomputedWithAStolenKeyDisagreesWithTheAnchor() {
		long last = recordSome(3);
		this.anchors.anchor("TEST");
		long victim = last - 2;
		List<Map<String, Object>> original = snapshotFrom(victim);
		try {
			rewriteFrom(victim, (entry) -> this.keys.hmac(entry.keyId(),
					AuditEntry.canonical(entry.id(), entry.at(), entry.event(), entry.keyId(), entry.prevHash())));
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(last);
			assertThat(result.problem()).contains("与锚点不符");
		}
		finally {
			restore(victim, original);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void deletingTheTailIsDetectedAgainstTheLastAnchor() {
		long last = recordSome(3);
		AuditAnchors.Anchor anchor = this.anchors.anchor("TEST").orElseThrow();
		assertThat(anchor.lastId()).isEqualTo(last);
		assertThat(anchor.count()).isEqualTo(last);
		List<Map<String, Object>> original = snapshotFrom(last - 1);
		try {
			asSuperuserWithoutTriggers("delete from identity.audit_log where id >= " + (last - 1));
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(last - 1);
			assertThat(result.problem()).contains("末尾的记录被删除");
		}
		finally {
			restore(last - 1, original);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anchorsAreSignedAndAForgedAnchorIsReported() throws Exception {
		recordSome(1);
		this.anchors.anchor("TEST").orElseThrow();
		String kept = Files.readString(this.anchors.file(), StandardCharsets.UTF_8);
		assertThat(kept).contains("\"publicKey\":\"" + this.keys.publicKey());
		String lastLine = kept.strip().lines().reduce((first, second) -> second).orElseThrow();
		try {
			// A higher count, to cover a tail that is to be deleted, without the signing
			// key.
			Files.writeString(this.anchors.file(), kept + lastLine.replaceFirst("\"count\":\\d+", "\"count\":1") + "\n",
					StandardCharsets.UTF_8);
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).contains("签名无效");
		}
		finally {
			Files.writeString(this.anchors.file(), kept, StandardCharsets.UTF_8);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	/** Records {@code n} events and returns the id of the last. */
	private long recordSome(int n) {
		for (int i = 0; i < n; i++) {
			this.audit.record(new AuditEvent("tester", "330421000000", "WRITE", "测试操作", null, "POST /api/test/" + i,
					AuditOutcome.SUCCESS, "127.0.0.1", null));
		}
		return this.jdbc.sql("select max(id) from identity.audit_log").query(Long.class).single();
	}

	/** What someone with database access would do: switch the guard off and write. */
	private void asSuperuserWithoutTriggers(String sql) {
		this.superuser.inTransaction((jdbc) -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).update();
		});
	}

	/** Edits the row {@code from} and re-hashes it and every row after it. */
	private void rewriteFrom(long from, java.util.function.Function<AuditEntry, String> hashing) {
		this.superuser.inTransaction((jdbc) -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("update identity.audit_log set detail = 'forged' where id = :id").param("id", from).update();
			String previous = jdbc.sql("select hash from identity.audit_log where id = :id")
				.param("id", from - 1)
				.query(String.class)
				.single();
			List<Long> ids = jdbc.sql("select id from identity.audit_log where id >= :id order by id")
				.param("id", from)
				.query(Long.class)
				.list();
			for (long id : ids) {
				AuditEntry entry = jdbc.sql("select * from identity.audit_log where id = :id")
					.param("id", id)
					.query((rs, row) -> new AuditEntry(rs.getLong("id"),
							rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("username"),
							rs.getString("scope_code"), rs.getString("action"), rs.getString("operation"),
							rs.getString("object"), rs.getString("target"),
							AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("ip"), rs.getString("detail"),
							rs.getInt("key_id"), rs.getString("prev_hash"), rs.getString("hash")))
					.single();
				AuditEntry relinked = new AuditEntry(entry.id(), entry.at(), entry.username(), entry.scopeCode(),
						entry.action(), entry.operation(), entry.object(), entry.target(), entry.outcome(), entry.ip(),
						entry.detail(), entry.keyId(), previous, entry.hash());
				String hash = hashing.apply(relinked);
				jdbc.sql("update identity.audit_log set prev_hash = :prev, hash = :hash where id = :id")
					.param("prev", previous)
					.param("hash", hash)
					.param("id", id)
					.update();
				previous = hash;
			}
		});
	}

	private List<Map<String, Object>> snapshotFrom(long id) {
		return this.superuser.jdbc()
			.sql("select * from identity.audit_log where id >= :id order by id")
			.param("id", id)
			.query((rs, row) -> {
				Map<String, Object> columns = new java.util.HashMap<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					columns.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
				}
				// the exact instant, which the hash covers
				columns.put("at", rs.getObject("at", java.time.OffsetDateTime.class));
				return columns;
			})
			.list();
	}

	private void restore(long from, List<Map<String, Object>> rows) {
		this.superuser.inTransaction((jdbc) -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("delete from identity.audit_log where id >= :id").param("id", from).update();
			for (Map<String, Object> row : rows) {
				jdbc.sql("""
						insert into identity.audit_log (id, at, username, scope_code, action, operation, object, target,
						    outcome, ip, detail, key_id, prev_hash, hash)
						values (:id, :at, :username, :scope_code, :action, :operation, :object, :target,
						    :outcome, :ip, :detail, :key_id, :prev_hash, :hash)
						""").params(row).update();
			}
		});
	}

	private long count(String action, String username, String outcome) {
		return this.jdbc
			.sql("select count(*) from identity.audit_log where action = :a and username = :u and outcome = :o")
			.param("a", action)
			.param("u", username)
			.param("o", outcome)
			.query(Long.class)
			.single();
	}

}
