package org.rongjun.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL behind the default configuration, with its data in a persistent
 * folder.
 * <p>
 * Two things the library does not do for us: it starts the server with fsync and
 * synchronous_commit off (fast for throwaway test databases, unacceptable for records of
 * people), and after a {@code kill -9} of the JVM it leaves the postmaster running, so
 * the next start would either fail on the lock file or silently attach to the orphan. We
 * switch durability on and stop a stale server we can prove is ours (the pid from its
 * {@code postmaster.pid} is a live postgres process) before starting a fresh one on a
 * free port.
 * <p>
 * Servers are shared per data folder and reference-counted, so that one test JVM runs one
 * PostgreSQL however many Spring contexts it caches.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> running = new HashMap<>();

	private final Path dataDirectory;

	private final EmbeddedPostgres postgres;

	private int users;

	private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
		this.dataDirectory = dataDirectory;
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer acquire(Path dataDirectory, boolean clean) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgresServer server = running.get(directory);
		if (server == null) {
			server = new EmbeddedPostgresServer(directory, start(directory, clean));
			running.put(directory, server);
		}
		server.users++;
		return server;
	}

	synchronized void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--this.users > 0) {
				return;
			}
			running.remove(this.dataDirectory);
		}
		try {
			this.postgres.close();
			log.info("Embedded PostgreSQL in {} stopped", this.dataDirectory);
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL in {} did not stop cleanly", this.dataDirectory, ex);
		}
	}

	/** The superuser's URL. */
	String jdbcUrl() {
		return jdbcUrl("postgres");
	}

	String jdbcUrl(String user) {
		return this.postgres.getJdbcUrl(user, "postgres");
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	int port() {
		return this.postgres.getPort();
	}

	private static EmbeddedPostgres start(Path directory, boolean clean) {
		try {
			if (clean) {
				deleteRecursively(directory);
			}
			Files.createDirectories(directory.getParent());
			stopStaleServer(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				// PostgreSQL's own defaults (128 MB, 1 GB of WAL between checkpoints)
				// suit a laptop install; a county's registry and a million-line payment
				// run would read their tables back from the OS cache and checkpoint in
				// mid-run.
				.setServerConfig("shared_buffers", "512MB")
				.setServerConfig("max_wal_size", "4GB")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			return postgres;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * Stops a postmaster left behind by a killed JVM. Only a live process whose command
	 * is postgres is touched: a pid file naming a dead or recycled pid is left for
	 * PostgreSQL, which handles stale lock files itself.
	 */
	static void stopStaleServer(Path directory) throws IOException {
		Optional<ProcessHandle> stale = runningPostmaster(directory);
		if (stale.isEmpty()) {
			return;
		}
		ProcessHandle postmaster = stale.get();
		log.warn("Found a running PostgreSQL (pid {}) left on {} by an earlier run; stopping it", postmaster.pid(),
				directory);
		// SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the old JVM.
		postmaster.destroy();
		if (!awaitExit(postmaster, 30)) {
			log.warn("PostgreSQL pid {} ignored SIGTERM; killing it", postmaster.pid());
			postmaster.destroyForcibly();
			awaitExit(postmaster, 10);
		}
	}

	/**
	 * The live postgres process that {@code postmaster.pid} in the folder names, if any.
	 */
	static Optional<ProcessHandle> runningPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).trim());
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
	}

	private static boolean awaitExit(ProcessHandle process, int seconds) {
		try {
			process.onExit().get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (var paths = Files.walk(directory)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
