package org.rongjun.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.rongjun.RongjunApplication;
import org.rongjun.registry.lifeevents.DeathReport;
import org.rongjun.registry.lifeevents.DeathService;
import org.rongjun.registry.SyntheticEntitlements;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.DatabaseSuperuser;
import org.rongjun.support.Today;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A module event committed with its transaction reaches its listener even when the
 * application stops before the listener ran, or the listener fails (ADR 0022). The case
 * the issue names: the registry committed a death reported late, the application stopped
 * before benefits' {@code DeathEffects} ran, and the overpayment (追缴, 抚恤条例 Art 58) must
 * still be recorded.
 * <p>
 * The application runs on a database of its own (its data folder survives a stop). To
 * stop it "between commit and delivery", its task executor stops running tasks just
 * before the death is reported, as a process that dies right after the commit; then the
 * application is closed and started again, PostgreSQL included.
 */
class EventRedeliveryIntegrationTests {

	static final String COUNTY = "330421000000";

	static final String VILLAGE = "330421103001";

	static final LocalDate DIED = LocalDate.of(2025, 3, 15);

	@Test
	void aDeathCommittedJustBeforeTheApplicationStoppedRecordsItsOverpaymentAfterTheRestart() {
		long beneficiary;
		try (ConfigurableApplicationContext first = start(true, StopsBeforeListenersRun.class)) {
			beneficiary = survivorPaidThroughDecember(first, "crash");
			DyingExecutor executor = first.getBean(DyingExecutor.class);
			executor.die();
			reportDeath(first, "crash");
			assertThat(executor.neverRun).as("the listener was handed over but never ran").isNotEmpty();
			assertThat(overpayments(first, beneficiary)).isEmpty();
			assertThat(undelivered(first)).contains("benefits.death-effects.veteran-died");
		}
		try (ConfigurableApplicationContext restarted = start(false)) {
			List<Map<String, Object>> found = await().atMost(Duration.ofSeconds(60))
				.until(() -> overpayments(restarted, beneficiary), (rows) -> !rows.isEmpty());
			// 丧葬补助 April–September (Art 22); October–December were paid after the death
			assertThat(found).singleElement().satisfies((row) -> {
				assertThat(row.get("first_month").toString()).isEqualTo("2025-10-01");
				assertThat(row.get("amount_fen")).isEqualTo(3 * 212_000L);
			});
			await().atMost(Duration.ofSeconds(30)).until(() -> undelivered(restarted).isEmpty());
			assertThat(delivered(restarted)).contains("benefits.death-effects.veteran-died");
		}
	}

	@Test
	void aListenerThatFailsIsRetriedUntilItSucceeds() {
		try (ConfigurableApplicationContext app = start(true)) {
			long beneficiary = survivorPaidThroughDecember(app, "retry");
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			// benefits' table is away while the death is reported: the listener fails
			// (the
			// application's own login may not rename tables, the superuser may)
			JdbcClient owner = DatabaseSuperuser.of(app.getBean(DataSource.class)).jdbc();
			owner.sql("alter table benefits.overpayment rename to overpayment_away").update();
			try {
				reportDeath(app, "retry");
				await().atMost(Duration.ofSeconds(30))
					.until(() -> jdbc.sql("select status from platform.event_publication where listener_id = :l")
						.param("l", "benefits.death-effects.veteran-died")
						.query(String.class)
						.list(), (statuses) -> statuses.contains("FAILED"));
			}
			finally {
				owner.sql("alter table benefits.overpayment_away rename to overpayment").update();
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> !overpayments(app, beneficiary).isEmpty());
			await().atMost(Duration.ofSeconds(30)).until(() -> undelivered(app).isEmpty());
		}
	}

	/**
	 * The application on this test class's own database; {@code clean} starts it empty.
	 * Failed deliveries are retried every half second.
	 */
	private static ConfigurableApplicationContext start(boolean clean, Class<?>... extra) {
		Class<?>[] sources = new Class<?>[extra.length + 2];
		sources[0] = RongjunApplication.class;
		sources[1] = TestClock.class;
		System.arraycopy(extra, 0, sources, 2, extra.length);
		return new SpringApplicationBuilder(sources).profiles("test")
			.run("--server.port=0", "--rongjun.db.embedded.data-dir=target/test-pg-redelivery",
					"--rongjun.db.embedded.clean=" + clean, "--rongjun.demo.enabled=false",
					"--rongjun.events.retry.interval=PT0.5S");
	}

	/** One survivor (定期抚恤金, category 21) whose pension was paid for all of 2025. */
	private static long survivorPaidThroughDecember(ConfigurableApplicationContext app, String tag) {
		SyntheticEntitlements people = app.getBean(SyntheticEntitlements.class);
		people.seed(tag, VILLAGE, "21", 1);
		long veteran = people.veteranId(tag, 1);
		long beneficiary = people.beneficiaryId(veteran);
		app.getBean(JdbcClient.class)
			.sql("""
					insert into benefits.payment_line (beneficiary_id, benefit_type, period_month, basis, attempt, run_id, kind,
					                                   veteran_id, region_code, payee_name, amount_fen, state)
					select :b, 'SURVIVOR_PENSION', m, 0, 0, 0, 'REGULAR', :v, :region, '测试人员1', 212000, 'PAID'
					from generate_series(date '2025-01-01', date '2025-12-01', interval '1 month') m
					""")
			.param("b", beneficiary)
			.param("v", veteran)
			.param("region", VILLAGE)
			.update();
		return beneficiary;
	}

	/** Reported in 2026, paid through December 2025: a death reported late. */
	private static void reportDeath(ConfigurableApplicationContext app, String tag) {
		long veteran = app.getBean(SyntheticEntitlements.class).veteranId(tag, 1);
		app.getBean(DeathService.class)
			.recordDeath(veteran, new DeathReport(DIED, "公安户籍注销", null, YearMonth.of(2025, 12)),
					RegionScope.of(RegionCode.of(COUNTY)), "county.staff");
	}

	private static List<Map<String, Object>> overpayments(ConfigurableApplicationContext app, long beneficiary) {
		return app.getBean(JdbcClient.class)
			.sql("select first_month, last_month, amount_fen from benefits.overpayment where beneficiary_id = :b")
			.param("b", beneficiary)
			.query()
			.listOfRows();
	}

	private static List<String> undelivered(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class)
			.sql("select listener_id from platform.event_publication")
			.query(String.class)
			.list();
	}

	private static List<String> delivered(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class)
			.sql("select listener_id from platform.event_publication_archive where completion_date is not null")
			.query(String.class)
			.list();
	}

	@Configuration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		Clock testClock() {
			return Today.CLOCK;
		}

	}

	/**
	 * The application's task executor, which stops running tasks when the test says the
	 * process is dying: what is handed to it from then on (the listeners) is never run.
	 */
	@Configuration(proxyBeanMethods = false)
	static class StopsBeforeListenersRun {

		@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
		DyingExecutor applicationTaskExecutor() {
			return new DyingExecutor();
		}

	}

	static final class DyingExecutor implements TaskExecutor {

		private final SimpleAsyncTaskExecutor alive = new SimpleAsyncTaskExecutor("app-task-");

		private volatile boolean dying;

		final List<Runnable> neverRun = new CopyOnWriteArrayList<>();

		void die() {
			this.dying = true;
		}

		@Override
		public void execute(Runnable task) {
			if (this.dying) {
				this.neverRun.add(task);
			}
			else {
				this.alive.execute(task);
			}
		}

	}

}
