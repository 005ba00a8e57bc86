package org.rongjun.platform;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a {@code kill -9} of the application the postmaster lives on; the next start must
 * stop it and come up on the same data, with everything committed before the kill.
 */
class EmbeddedPostgresRecoveryTests {

	@Test
	void afterTheJvmIsKilledTheNextStartStopsTheOrphanAndKeepsCommittedData() throws Exception {
		Path directory = Files.createTempDirectory("rongjun-kill9-").resolve("pg");
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = null;
		try {
			child = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
					StalePostgresLauncher.class.getName(), directory.toString(), "写入于 kill -9 之前"))
				.redirectErrorStream(true)
				.start();
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = output.readLine()) != null && !line.contains("READY")) {
					// the child logs PostgreSQL's start-up; wait for its signal
				}
				assertThat(line).as("child JVM started PostgreSQL").isNotNull();
			}
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

			Optional<ProcessHandle> orphan = EmbeddedPostgresServer.runningPostmaster(directory);
			assertThat(orphan).as("the postmaster outlived its JVM").isPresent();

			EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(directory, false);
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
					ResultSet rows = connection.createStatement().executeQuery("select note from survivor")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("写入于 kill -9 之前");
				try (ResultSet fsync = connection.createStatement().executeQuery("show fsync")) {
					fsync.next();
					assertThat(fsync.getString(1)).isEqualTo("on");
				}
			}
			finally {
				server.release();
			}
			assertThat(orphan.get().isAlive()).isFalse();
		}
		finally {
			// A failure above must not leave a JVM, a postmaster or its files behind.
			if (child != null) {
				child.destroyForcibly();
			}
			EmbeddedPostgresServer.runningPostmaster(directory).ifPresent(ProcessHandle::destroy);
			try (var paths = Files.walk(directory.getParent())) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
