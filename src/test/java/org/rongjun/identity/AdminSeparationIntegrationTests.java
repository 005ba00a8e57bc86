package org.rongjun.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.DatabaseRefusal;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 三员分立: system, security and audit administration are never combined in one account. */
@IntegrationTest
class AdminSeparationIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	AdminSeparationIntegrationTests(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Test
	void anAccountCannotBeSystemAdministratorAndAuditorAtOnce() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		long before = userCount();
		var response = admin.post("/api/identity/users", Map.of("username", "two.hats", "displayName", "兼任", "password",
				"TwoHats2026", "scopeCode", "330421000000", "roles", List.of("SYSTEM_ADMIN", "AUDITOR")));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("code").asString()).isEqualTo("ADMIN_ROLES_SEPARATED");
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void theDatabaseRefusesTheCombinationEvenWhenTheServiceIsBypassed() {
		long admin = this.jdbc.sql("select id from identity.app_user where username = 'county.admin'")
			.query(Long.class)
			.single();
		long auditor = this.jdbc.sql("select id from identity.role where code = 'AUDITOR'").query(Long.class).single();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(
				(status) -> this.jdbc.sql("insert into identity.user_role (user_id, role_id) values (:user, :role)")
					.param("user", admin)
					.param("role", auditor)
					.update()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies((ex) -> {
				DatabaseRefusal refusal = DatabaseRefusal.of(ex);
				assertThat(refusal.sqlState()).isEqualTo(DatabaseRefusal.CHECK_VIOLATION);
				assertThat(refusal.message()).contains("would hold more than one administrator role");
			});
	}

	@Test
	void anAdministratorCannotGrantAScopeWiderThanTheirOwn() {
		ApiClient townshipAdmin = ApiClient.loggedIn(this.port, "xitang.admin");
		var response = townshipAdmin.post("/api/identity/users", Map.of("username", "too.wide", "displayName", "越权",
				"password", "TooWide2026", "scopeCode", "330421000000", "roles", List.of("TOWNSHIP_STAFF")));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("OUT_OF_SCOPE");
	}

	private long userCount() {
		return this.jdbc.sql("select count(*) from identity.app_user").query(Long.class).single();
	}

}
