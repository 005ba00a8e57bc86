package org.rongjun.benefits.payment;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.rongjun.benefits.BenefitType;
import org.rongjun.registry.SyntheticEntitlements;
import org.rongjun.support.DatabaseRefusal;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Kills the preparation of a run at random chunk boundaries, by a transaction abort and
 * by terminating the database backend under it, then resumes: every eligible beneficiary
 * ends with exactly one line for the period and the total is right to the fen. A second
 * run for the same benefit, months and region, even prepared at the same time, pays
 * nobody again.
 */
@IntegrationTest
class PaymentRunFaultTests {

	static final String REGION = "330498000000";

	static final int PEOPLE = 12_000;

	/** 烈属定期抚恤金 25,440 元/年 (demo national standard 2018) = 212,000 fen a month. */
	static final long MONTHLY_FEN = 212_000;

	final PaymentRunRepository runs;

	final PaymentPreparation preparation;

	final PaymentRuns service;

	final SyntheticEntitlements people;

	final JdbcClient jdbc;

	PaymentRunFaultTests(PaymentRunRepository runs, PaymentPreparation preparation, PaymentRuns service,
			SyntheticEntitlements people, JdbcClient jdbc) {
		this.runs = runs;
		this.preparation = preparation;
		this.service = service;
		this.people = people;
		this.jdbc = jdbc;
	}

	@Test
	void aRunKilledAtRandomPointsResumesToExactlyOneLinePerBeneficiaryAndTheExactTotal() throws Exception {
		this.people.seed("fault", REGION, "21", PEOPLE);
		long id = this.runs.insert(BenefitType.SURVIVOR_PENSION, REGION, YearMonth.of(2030, 3).atDay(1), 2, null,
				"fault.maker");
		Random random = new Random(20261129L);
		int previous = this.preparation.minimumChunk;
		this.preparation.minimumChunk = 500;
		PaymentRun run;
		try {
			int crashes = 0;
			for (int attempt = 0; attempt < 4; attempt++) {
				// a random chunk not done yet (before the first attempt none is planned:
				// the first one)
				List<Long> open = this.jdbc
					.sql("select lo from benefits.payment_run_chunk where run_id = :run and not done order by lo")
					.param("run", id)
					.query(Long.class)
					.list();
				if (attempt > 0 && open.isEmpty()) {
					break;
				}
				Long target = open.isEmpty() ? null : open.get(random.nextInt(open.size()));
				boolean terminate = attempt % 2 == 1;
				AtomicInteger calls = new AtomicInteger();
				this.preparation.hook = (prepared, lo) -> {
					if ((target == null) ? calls.incrementAndGet() == 1 : lo == target) {
						if (terminate) {
							// the backend dies mid-transaction, as in a database crash
							this.jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query().listOfRows();
						}
						throw new IllegalStateException("injected crash at chunk " + lo);
					}
				};
				Throwable crash = catchThrowable(() -> this.service.resumeNow(id));
				if (terminate) {
					assertThat(DatabaseRefusal.of(crash).sqlState()).isEqualTo(DatabaseRefusal.ADMIN_SHUTDOWN);
				}
				else {
					Throwable root = crash;
					while (root.getCause() != null) {
						root = root.getCause();
					}
					assertThat(root).isInstanceOf(IllegalStateException.class)
						.hasMessageStartingWith("injected crash at chunk ");
				}
				assertThat(this.runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.PREPARING);
				crashes++;
			}
			assertThat(crashes).isGreaterThanOrEqualTo(3);
			this.preparation.hook = null;
			run = this.service.resumeNow(id);
		}
		finally {
			// the preparation bean is shared by every test in this context
			this.preparation.hook = null;
			this.preparation.minimumChunk = previous;
		}

		assertThat(run.status()).isEqualTo(RunStatus.PREPARED);
		assertThat(run.lineCount()).isEqualTo(PEOPLE * 2L);
		assertThat(run.totalFen()).isEqualTo(PEOPLE * 2L * MONTHLY_FEN);
		long beneficiariesWithOtherThanTwoLines = this.jdbc.sql("""
				select count(*) from (select beneficiary_id from benefits.payment_line where run_id = :run
				                      group by beneficiary_id having count(*) <> 2) x
				""").param("run", id).query(Long.class).single();
		assertThat(beneficiariesWithOtherThanTwoLines).isZero();
		long eligibleWithoutLine = this.jdbc.sql("""
				select count(*) from registry.entitlement e where e.region_code = :region and e.status = 'RECEIVING'
				  and not exists (select 1 from benefits.payment_line l where l.run_id = :run
				                  and l.beneficiary_id = e.beneficiary_id)
				""").param("region", REGION).param("run", id).query(Long.class).single();
		assertThat(eligibleWithoutLine).isZero();

		// the same period again, overlapping by one month: only the new month is paid
		PaymentRun again = this.service.prepareNow(
				new PrepareRequest(BenefitType.SURVIVOR_PENSION, REGION, YearMonth.of(2030, 4), 2), "fault.maker");
		assertThat(again.lineCount()).isEqualTo(PEOPLE);
		assertThat(this.jdbc.sql("""
				select count(*) from benefits.payment_line where region_code = :region and attempt = 0
				  and period_month = date '2030-04-01'
				""").param("region", REGION).query(Long.class).single()).isEqualTo(PEOPLE);
	}

}
