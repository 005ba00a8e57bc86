package org.rongjun.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on an external database (RONGJUN_DB_URL: no embedded server, no
 * watchdog) whose PostgreSQL then dies: requests fail within seconds with a 503 problem
 * and health says DOWN within two seconds. The "external" database is a throwaway
 * PostgreSQL of this class's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rongjun.demo.enabled=false", "spring.datasource.username=rongjun_app",
				"rongjun.db.owner.username=rongjun_owner" })
@ActiveProfiles("test")
@DirtiesContext
class ExternalDatabaseOutageTests {

	private static final Path directory = temporaryFolder();

	private static final EmbeddedPostgresServer external = EmbeddedPostgresServer.acquire(directory, true);

	static {
		// As an operator would (README): an owner for the migrations and a row-only
		// login.
		DatabaseRoles.ensure(external.jdbcUrl(), "postgres", null, DatabaseRoles.EMBEDDED);
	}

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry properties) {
		properties.add("rongjun.db.url", () -> external.jdbcUrl(DatabaseRoles.EMBEDDED.owner()));
		properties.add("spring.datasource.url", () -> external.jdbcUrl(DatabaseRoles.EMBEDDED.app()));
	}

	@AfterAll
	static void removeTheThrowawayDatabase() throws Exception {
		external.release();
		try (var paths = Files.walk(directory.getParent())) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	@Test
	void whenTheDatabaseDiesRequestsFailFastWithAProblemAndHealthSaysDownWithinTwoSeconds() throws Exception {
		ApiClient client = new ApiClient(this.port);
		assertThat(client.get("/actuator/health").expect(200).body()).contains("UP");
		client.login("nobody", "wrong-password").expect(401);

		ProcessHandle postmaster = EmbeddedPostgresServer.runningPostmaster(directory).orElseThrow();
		postmaster.destroyForcibly();
		postmaster.onExit().get(30, TimeUnit.SECONDS);

		long start = System.nanoTime();
		ApiClient.Response login = client.post("/api/auth/login", Map.of("username", "nobody", "password", "x"));
		long loginMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(login.status()).isEqualTo(503);
		ProblemDetailsIntegrationTests.assertOneChineseProblem(login.contentType(), login.body(),
				"DATABASE_UNAVAILABLE");
		assertThat(login.json().get("detail").asString()).startsWith("数据库暂不可用");
		assertThat(loginMillis).as("a request waits at most the pool's connection timeout").isLessThan(4_000);

		start = System.nanoTime();
		ApiClient.Response health = client.get("/actuator/health");
		long healthMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		assertThat(healthMillis).isLessThan(2_000);
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("rongjun-external-").resolve("pg");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
