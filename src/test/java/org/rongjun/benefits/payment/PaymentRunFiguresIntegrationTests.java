package org.rongjun.benefits.payment;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.rongjun.benefits.BenefitType;
import org.rongjun.jobs.JobStatus;
import org.rongjun.jobs.Jobs;
import org.rongjun.registry.SyntheticEntitlements;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run keeps its figures — lines, total, paid and failed lines — as its lines are
 * written and settled (issue 14 item 7): a page of its lines reads them instead of
 * counting the run's lines, and a cancelled or rejected run reports none (item 8), also
 * when it was cancelled while its lines were being prepared.
 */
@IntegrationTest
class PaymentRunFiguresIntegrationTests {

	static final String MAKER = "figures.maker";

	static final String CHECKER = "figures.checker";

	/** 烈属定期抚恤金 (demo national standard): 212,000 fen a month. */
	static final long MONTHLY_FEN = 212_000;

	final PaymentRuns runs;

	final PaymentRunReports reports;

	final PaymentRunRepository repository;

	final PaymentPreparation preparation;

	final SyntheticEntitlements people;

	final Jobs jobs;

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	PaymentRunFiguresIntegrationTests(PaymentRuns runs, PaymentRunReports reports, PaymentRunRepository repository,
			PaymentPreparation preparation, SyntheticEntitlements people, Jobs jobs, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.runs = runs;
		this.reports = reports;
		this.repository = repository;
		this.preparation = preparation;
		this.people = people;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Test
	void theRunKeepsItsFiguresThroughReturnFilesAndItsFollowUpPaysTheFailures() throws Exception {
		String county = "330471000000";
		RegionScope scope = scope(county);
		this.people.seed("figures", county, "21", 30);
		PaymentRun run = prepared(county, YearMonth.of(2029, 5));
		assertThat(run.lineCount()).isEqualTo(30);
		assertThat(run.totalFen()).isEqualTo(30 * MONTHLY_FEN);
		this.runs.approve(run.id(), scope, CHECKER);
		this.runs.export(run.id(), scope, MAKER);
		List<String> references = this.reports.lines(run.id(), null, scope, new PageQuery(0, 200))
			.items()
			.stream()
			.map(PaymentLineView::reference)
			.toList();

		StringBuilder first = new StringBuilder();
		for (int i = 0; i < 23; i++) {
			first.append(references.get(i)).append((i < 3) ? ",FAILED,账户已销户\n" : ",PAID,\n");
		}
		this.runs.reconcile(run.id(), new StringReader(first.toString()), scope, MAKER);
		assertFigures(run.id(), scope, 30, 7, 20, 3);

		// a second file settles the rest; a line it names again stays as settled
		StringBuilder second = new StringBuilder(references.get(5) + ",FAILED,重复\n");
		for (int i = 23; i < 30; i++) {
			second.append(references.get(i)).append(",成功,\n");
		}
		this.runs.reconcile(run.id(), new StringReader(second.toString()), scope, MAKER);
		assertFigures(run.id(), scope, 30, 0, 27, 3);

		PaymentRun followUp = this.runs.followUp(run.id(), scope, MAKER);
		assertThat(followUp.lineCount()).isEqualTo(3);
		assertThat(followUp.totalFen()).isEqualTo(3 * MONTHLY_FEN);
		assertFigures(followUp.id(), scope, 3, 3, 0, 0);
		assertFigures(run.id(), scope, 30, 0, 27, 3);
	}

	@Test
	void aPageOfRunLinesTakesItsTotalFromTheRunsKeptFiguresNotACountOfItsLines() throws Exception {
		String county = "330472000000";
		this.people.seed("onescan", county, "21", 25);
		PaymentRun run = prepared(county, YearMonth.of(2029, 6));
		PageResult<PaymentLineView> page = this.reports.lines(run.id(), null, scope(county), new PageQuery(1, 10));
		assertThat(page.items()).hasSize(10);
		assertThat(page.total()).isEqualTo(25);
		// The kept figure is what a page reports: were it counted, this would still say
		// 25.
		// (Counting scans in pg_stat_xact_user_tables depended on the plan the table's
		// statistics chose in a full suite.)
		this.jdbc.sql("update benefits.payment_run set line_count = 26 where id = :id").param("id", run.id()).update();
		try {
			assertThat(this.reports.lines(run.id(), null, scope(county), new PageQuery(1, 10)).total()).isEqualTo(26);
		}
		finally {
			this.jdbc.sql("update benefits.payment_run set line_count = 25 where id = :id")
				.param("id", run.id())
				.update();
		}
	}

	@Test
	void aCancelledRunAndARejectedRunReportNoLinesAndNoTotal() throws Exception {
		String county = "330473000000";
		RegionScope scope = scope(county);
		this.people.seed("withdrawn", county, "21", 4);

		PaymentRun cancelled = prepared(county, YearMonth.of(2029, 7));
		assertThat(cancelled.lineCount()).isEqualTo(4);
		this.runs.cancel(cancelled.id(), scope, MAKER);
		assertNothingReported(cancelled.id(), scope, RunStatus.CANCELLED);

		PaymentRun rejected = prepared(county, YearMonth.of(2029, 7));
		assertThat(rejected.lineCount()).as("the cancelled run freed the month").isEqualTo(4);
		this.runs.reject(rejected.id(), scope, CHECKER, "标准有误");
		assertNothingReported(rejected.id(), scope, RunStatus.REJECTED);
	}

	@Test
	void aRunCancelledWhileItIsPreparedGetsNoMoreLinesAndFreesItsMonth() throws Exception {
		String county = "330474000000";
		RegionScope scope = scope(county);
		this.people.seed("stopped", county, "21", 40);
		long id = this.transactions.execute((status) -> this.repository.insert(BenefitType.SURVIVOR_PENSION, county,
				YearMonth.of(2029, 8).atDay(1), 1, null, MAKER));
		AtomicInteger chunks = new AtomicInteger();
		int previous = this.preparation.minimumChunk;
		this.preparation.minimumChunk = 500;
		this.preparation.hook = (runId, lo) -> {
			if (runId == id && chunks.incrementAndGet() == 1) {
				// the maker cancels while the first chunk is writing its lines
				CompletableFuture.runAsync(() -> this.runs.cancel(id, scope, MAKER)).join();
			}
		};
		PaymentRun run;
		try {
			run = this.runs.resumeNow(id);
		}
		finally {
			this.preparation.hook = null;
			this.preparation.minimumChunk = previous;
		}
		assertThat(chunks.get()).isPositive();
		assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
		assertNothingReported(id, scope, RunStatus.CANCELLED);

		assertThat(prepared(county, YearMonth.of(2029, 8)).lineCount()).isEqualTo(40);
	}

	@Test
	void aRunBeingPreparedNamesItsJobWhichItsPreparerCanFollow() throws Exception {
		String county = "330475000000";
		PaymentRun run = this.runs.prepare(
				new PrepareRequest(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2029, 9), 1), scope(county),
				MAKER);
		assertThat(run.jobId()).isNotNull();
		assertThat(run.jobOwner()).isEqualTo(MAKER);
		assertThat(this.jobs.get(run.jobId(), MAKER).kind()).isEqualTo("benefits.prepare");
		for (int i = 0; i < 600 && this.jobs.get(run.jobId(), MAKER).status() == JobStatus.RUNNING; i++) {
			Thread.sleep(100);
		}
		assertThat(this.jobs.get(run.jobId(), MAKER).status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(this.reports.get(run.id(), scope(county)).status()).isEqualTo(RunStatus.PREPARED);
	}

	private PaymentRun prepared(String county, YearMonth month) throws Exception {
		return this.runs.prepareNow(new PrepareRequest(BenefitType.SURVIVOR_PENSION, county, month, 1), MAKER);
	}

	/** The figures the run reports, each equal to what its lines hold. */
	private void assertFigures(long runId, RegionScope scope, long lines, long pending, long paid, long failed) {
		PaymentRun run = this.reports.get(runId, scope);
		assertThat(new long[] { run.lineCount(), run.paidCount(), run.failedCount() }).as("run #" + runId)
			.containsExactly(lines, paid, failed);
		String[] states = { null, "PENDING", "PAID", "FAILED" };
		long[] expected = { lines, pending, paid, failed };
		for (int i = 0; i < states.length; i++) {
			assertThat(this.reports.lines(runId, states[i], scope, new PageQuery(0, 1)).total())
				.as("lines of run #" + runId + " in " + states[i])
				.isEqualTo(expected[i])
				.isEqualTo(this.jdbc
					.sql("select count(*) from benefits.payment_line where run_id = :run"
							+ " and (cast(:state as text) is null or state = :state)")
					.param("run", runId)
					.param("state", states[i])
					.query(Long.class)
					.single());
		}
	}

	private void assertNothingReported(long runId, RegionScope scope, RunStatus status) {
		PaymentRun run = this.reports.get(runId, scope);
		assertThat(run.status()).isEqualTo(status);
		assertThat(new long[] { run.lineCount(), run.payeeCount(), run.totalFen() }).containsExactly(0, 0, 0);
		PageResult<PaymentLineView> page = this.reports.lines(runId, null, scope, new PageQuery(0, 20));
		assertThat(page.items()).isEmpty();
		assertThat(page.total()).isZero();
		assertThat(this.jdbc.sql("select count(*) from benefits.payment_line where run_id = :run")
			.param("run", runId)
			.query(Long.class)
			.single()).isZero();
	}

	private static RegionScope scope(String county) {
		return RegionScope.of(RegionCode.of(county));
	}

}
