package org.rongjun.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, in place of Spring Boot's, which waits
 * as long as the pool does (its connection timeout, plus the driver's for a host that
 * does not answer). This one answers DOWN when the database has not proved alive within
 * 1.5 s, so a load balancer or a watchdog sees a dead database within two seconds. A
 * probe that hangs is not started again while it hangs.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

	private static final Duration LIMIT = Duration.ofMillis(1500);

	private final DataSource dataSource;

	private final ExecutorService probes = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	private @Nullable Future<Health> inFlight;

	DatabaseHealthIndicator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Health health() {
		Future<Health> probe;
		synchronized (this) {
			if (this.inFlight == null || this.inFlight.isDone()) {
				this.inFlight = this.probes.submit(this::probe);
			}
			probe = this.inFlight;
		}
		try {
			return probe.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "no answer within " + LIMIT.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down(ex.getCause()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private Health probe() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid((int) LIMIT.toSeconds() + 1)
					? Health.up().withDetail("database", "PostgreSQL").build()
					: Health.down().withDetail("error", "connection not valid").build();
		}
		catch (SQLException ex) {
			return Health.down(ex).build();
		}
	}

	@Override
	public void close() {
		this.probes.shutdownNow();
	}

}
