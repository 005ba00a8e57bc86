package org.rongjun.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the postmaster of an embedded PostgreSQL of its own (never the shared test
 * database) and expects it back on the same data and port, with a connection pool that
 * reconnects on its own.
 */
class EmbeddedPostgresWatchdogTests {

	@Test
	void aKilledPostmasterIsRestartedOnTheSameDataAndPortAndThePoolReconnects() throws Exception {
		Path directory = Files.createTempDirectory("rongjun-watchdog-").resolve("pg");
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(directory, true);
		try (EmbeddedPostgresWatchdog watchdog = EmbeddedPostgresWatchdog.watch(server, Duration.ofMillis(200));
				HikariDataSource pool = pool(server)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("create table survivor (note text)").update();
			jdbc.sql("insert into survivor values ('提交于 kill -9 之前')").update();
			int port = server.port();
			ProcessHandle postmaster = EmbeddedPostgresServer.runningPostmaster(directory).orElseThrow();

			postmaster.destroyForcibly();
			postmaster.onExit().get(30, TimeUnit.SECONDS);

			String note = awaitQuery(jdbc, Duration.ofSeconds(90));
			assertThat(note).isEqualTo("提交于 kill -9 之前");
			ProcessHandle restarted = EmbeddedPostgresServer.runningPostmaster(directory).orElseThrow();
			assertThat(restarted.pid()).isNotEqualTo(postmaster.pid());
			assertThat(server.port()).isEqualTo(port);
			assertThat(jdbc.sql("show port").query(String.class).single()).isEqualTo(Integer.toString(port));
		}
		finally {
			server.release();
			try (var paths = Files.walk(directory.getParent())) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	@Test
	void theRestartKeepsThePostmastersPortAndSettingsAndDropsItsDataFolder() {
		assertThat(EmbeddedPostgresWatchdog
			.optionsAfterDataDirectory(java.util.List.of("-D", "/data/pg", "-p", "5433", "-F", "-c", "fsync=on"), 5433))
			.containsExactly("-p", "5433", "-F", "-c", "fsync=on");
	}

	private static HikariDataSource pool(EmbeddedPostgresServer server) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(server.jdbcUrl());
		pool.setUsername("postgres");
		pool.setMaximumPoolSize(2);
		pool.setConnectionTimeout(2000);
		return pool;
	}

	private static String awaitQuery(JdbcClient jdbc, Duration patience) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		RuntimeException last = null;
		while (Instant.now().isBefore(deadline)) {
			try {
				return jdbc.sql("select note from survivor").query(String.class).single();
			}
			catch (RuntimeException ex) {
				last = ex;
				Thread.sleep(200);
			}
		}
		throw new AssertionError("PostgreSQL did not come back within " + patience, last);
	}

}
