package org.rongjun.platform;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.DatabaseSuperuser;
import org.rongjun.support.DiskFull;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk (PostgreSQL's SQLState 53100 on the tables written) is a 503 with a Chinese
 * message in exactly one problem document, and does not lock out people already known.
 */
@IntegrationTest
class StorageFullIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	/** Adds and drops the failing triggers, which the application's role may not. */
	final JdbcClient superuser;

	StorageFullIntegrationTests(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.superuser = DatabaseSuperuser.of(dataSource).jdbc();
	}

	@Test
	void aWriteRefusedForAFullDiskIsOneServiceUnavailableProblemEvenWhenItsAuditEntryFailsToo() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient.Response response;
		try (DiskFull full = DiskFull.on(this.superuser, "organization.service_station", "identity.audit_log")) {
			response = staff.post("/api/organization/stations",
					Map.of("name", "磁盘已满测试站", "regionCode", "330421107000", "grade", "BASIC"));
		}
		assertThat(response.status()).isEqualTo(503);
		ProblemDetailsIntegrationTests.assertOneChineseProblem(response.contentType(), response.body(), "STORAGE_FULL");
		assertThat(response.json().get("detail").asString()).contains("存储空间已满");
		assertThat(this.jdbc.sql("select count(*) from organization.service_station where name = '磁盘已满测试站'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aKnownUserLogsInAndReadsWhileNothingCanBeWritten() {
		// the first login's password change is a write: done before the disk fills
		ApiClient.loggedIn(this.port, "dayun.staff");
		try (DiskFull full = DiskFull.on(this.superuser, "identity.app_user", "identity.audit_log")) {
			ApiClient client = new ApiClient(this.port);
			client.login("dayun.staff", ApiClient.TEST_PASSWORD).expect(200);
			assertThat(client.get("/api/auth/me").expect(200).json().get("username").asString())
				.isEqualTo("dayun.staff");
			client.get("/api/organization/stations").expect(200);
		}
	}

}
