package org.rongjun.identity;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.DatabaseSuperuser;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log records logins, failures, denials and writes, refuses changes, and its
 * SM3 chain exposes a row edited by hand. Tampering runs last in the class and is
 * repaired afterwards, so other tests in the JVM still see an intact chain.
 */
@IntegrationTest
class AuditChainIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	final AuditTrail audit;

	final DatabaseSuperuser superuser;

	AuditChainIntegrationTests(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit,
			DataSource dataSource) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.superuser = DatabaseSuperuser.of(dataSource);
	}

	@Test
	void loginsFailuresDenialsAndWritesAreRecordedWithWhoWhatAndWhere() {
		new ApiClient(this.port).login("county.staff", "not-the-password");
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		staff
			.post("/api/organization/stations", Map.of("name", "审计测试站", "regionCode", "330421107000", "grade", "BASIC"))
			.expect(201);
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		village.get("/api/identity/audit").expect(403);

		assertThat(count("LOGIN_FAILED", "county.staff", "FAILURE")).isPositive();
		assertThat(count("LOGIN", "county.staff", "SUCCESS")).isPositive();
		assertThat(count("ACCESS_DENIED", "xijie.staff", "DENIED")).isPositive();
		var write = this.jdbc.sql("""
				select target, ip, scope_code from identity.audit_log
				where action = 'WRITE' and username = 'county.staff' and target = 'POST /api/organization/stations'
				""").query((rs, row) -> Map.of("ip", rs.getString("ip"), "scope", rs.getString("scope_code"))).list();
		assertThat(write).isNotEmpty();
		assertThat(write.get(0).get("ip")).isNotBlank();
		assertThat(write.get(0).get("scope")).isEqualTo("330421000000");

		ApiClient auditor = ApiClient.loggedIn(this.port, "county.auditor");
		var page = auditor.get("/api/identity/audit?username=county.staff&action=WRITE").expect(200).json();
		assertThat(page.get("total").asLong()).isPositive();
		var verified = auditor.post("/api/identity/audit/verify", Map.of()).expect(200).json();
		assertThat(verified.get("intact").asBoolean()).isTrue();
	}

	@Test
	void theLogIsAppendOnlyForTheApplicationAndGuardedByATriggerForOthers() {
		assertThatThrownBy(() -> this.jdbc.sql("update identity.audit_log set detail = 'x'").update())
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.sql("delete from identity.audit_log").update())
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.superuser.jdbc().sql("update identity.audit_log set detail = 'x'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.superuser.jdbc().sql("delete from identity.audit_log").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void aRowEditedByHandBreaksTheChainFromThatRowOn() {
		for (int i = 0; i < 3; i++) {
			this.audit.record(new AuditEvent("tester", "330421000000", "WRITE", "POST /api/test/" + i,
					AuditOutcome.SUCCESS, "127.0.0.1", null));
		}
		assertThat(this.audit.verify().intact()).isTrue();
		long victim = this.jdbc.sql("select max(id) - 1 from identity.audit_log").query(Long.class).single();
		String original = this.jdbc.sql("select target from identity.audit_log where id = :id")
			.param("id", victim)
			.query(String.class)
			.single();
		try {
			tamper("update identity.audit_log set target = 'POST /api/forged' where id = " + victim);
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(victim);
			ApiClient auditor = ApiClient.loggedIn(this.port, "county.auditor");
			var verified = auditor.post("/api/identity/audit/verify", Map.of()).expect(200).json();
			assertThat(verified.get("firstBrokenId").asLong()).isEqualTo(victim);
		}
		finally {
			tamper("update identity.audit_log set target = '" + original + "' where id = " + victim);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	/** What someone with database access would do: switch the guard off and edit. */
	private void tamper(String sql) {
		this.superuser.inTransaction((jdbc) -> {
			jdbc.sql("alter table identity.audit_log disable trigger audit_log_append_only").update();
			jdbc.sql(sql).update();
			jdbc.sql("alter table identity.audit_log enable trigger audit_log_append_only").update();
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
