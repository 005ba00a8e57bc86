package org.rongjun.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the embedded PostgreSQL when its postmaster dies (a {@code kill -9}, the OOM
 * killer, a crash): the same binaries, data folder, port and settings, so the connection
 * pool's URL stays valid and the pool reconnects by itself. PostgreSQL replays its WAL on
 * the way up, so everything committed is there again (fsync is on, ADR 0005).
 * <p>
 * It checks once per {@code interval} that the postmaster process is alive. A restart can
 * fail while the dead postmaster's backends are still exiting (they hold its shared
 * memory); it is then tried again on the next check. The command line is the one the
 * postmaster was running with, read from the process while it was alive.
 */
final class EmbeddedPostgresWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

	private static final int START_TIMEOUT_SECONDS = 120;

	private final EmbeddedPostgresServer server;

	private final ScheduledExecutorService checks;

	private final Path pgCtl;

	/** The postmaster's arguments after {@code -D <folder>}: port and settings. */
	private final List<String> options;

	private volatile ProcessHandle postmaster;

	private int failedRestarts;

	private EmbeddedPostgresWatchdog(EmbeddedPostgresServer server, ProcessHandle postmaster, Path pgCtl,
			List<String> options) {
		this.server = server;
		this.postmaster = postmaster;
		this.pgCtl = pgCtl;
		this.options = options;
		this.checks = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "postgres-watchdog");
			thread.setDaemon(true);
			return thread;
		});
	}

	static EmbeddedPostgresWatchdog watch(EmbeddedPostgresServer server, Duration interval) throws IOException {
		ProcessHandle postmaster = EmbeddedPostgresServer.runningPostmaster(server.dataDirectory())
			.orElseThrow(() -> new IllegalStateException("No running PostgreSQL in " + server.dataDirectory()));
		Path binary = Path.of(postmaster.info()
			.command()
			.orElseThrow(
					() -> new IllegalStateException("Cannot read the command of PostgreSQL pid " + postmaster.pid())));
		List<String> arguments = postmaster.info().arguments().map(List::of).orElse(List.of());
		EmbeddedPostgresWatchdog watchdog = new EmbeddedPostgresWatchdog(server, postmaster,
				binary.resolveSibling("pg_ctl"), optionsAfterDataDirectory(arguments, server.port()));
		long millis = interval.toMillis();
		watchdog.checks.scheduleWithFixedDelay(watchdog::check, millis, millis, TimeUnit.MILLISECONDS);
		return watchdog;
	}

	static List<String> optionsAfterDataDirectory(List<String> arguments, int port) {
		List<String> options = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			if ("-D".equals(arguments.get(i))) {
				i++;
				continue;
			}
			options.add(arguments.get(i));
		}
		if (!options.contains("-p")) {
			options.addAll(0, List.of("-p", Integer.toString(port)));
		}
		return List.copyOf(options);
	}

	@Override
	public void close() {
		this.checks.shutdownNow();
		try {
			this.checks.awaitTermination(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void check() {
		if (this.postmaster.isAlive()) {
			return;
		}
		// Several application contexts may share one server (tests): one restarts it.
		synchronized (this.server) {
			try {
				Optional<ProcessHandle> running = EmbeddedPostgresServer.runningPostmaster(this.server.dataDirectory());
				if (running.isPresent()) {
					this.postmaster = running.get();
					return;
				}
				if (this.failedRestarts == 0) {
					log.error("PostgreSQL (pid {}) in {} died; restarting it on port {}", this.postmaster.pid(),
							this.server.dataDirectory(), this.server.port());
				}
				ProcessHandle restarted = restart();
				if (restarted != null) {
					log.warn("PostgreSQL restarted (pid {}) on port {} after {} failed attempt(s)", restarted.pid(),
							this.server.port(), this.failedRestarts);
					this.postmaster = restarted;
					this.failedRestarts = 0;
				}
				else if (++this.failedRestarts % 10 == 0) {
					log.error("PostgreSQL in {} still does not start after {} attempts", this.server.dataDirectory(),
							this.failedRestarts);
				}
			}
			catch (IOException | RuntimeException ex) {
				this.failedRestarts++;
				log.warn("Restarting PostgreSQL failed; trying again", ex);
			}
		}
	}

	/** {@code pg_ctl start -w}, as the embedded library runs it; null when it failed. */
	private @Nullable ProcessHandle restart() throws IOException {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// running as root: the library runs PostgreSQL in a user namespace, so do we
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(this.pgCtl.toString(), "-D", this.server.dataDirectory().toString(), "-o",
				String.join(" ", this.options), "-w", "-t", Integer.toString(START_TIMEOUT_SECONDS), "start"));
		Path output = this.server.dataDirectory()
			.resolveSibling(this.server.dataDirectory().getFileName() + ".restart.log");
		Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
			.start();
		try {
			if (!pgCtl.waitFor(START_TIMEOUT_SECONDS + 10, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
				pgCtl.destroy();
				return null;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		return EmbeddedPostgresServer.runningPostmaster(this.server.dataDirectory()).orElse(null);
	}

}
