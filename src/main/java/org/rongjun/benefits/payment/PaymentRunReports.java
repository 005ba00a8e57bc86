package org.rongjun.benefits.payment;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;

/**
 * What payment runs report, within the caller's scope: runs, their lines, review history,
 * who a run leaves out, the bank file, on-time figures. Nothing here changes a run
 * ({@link PaymentRuns} does).
 */
@Service
public class PaymentRunReports {

	private final PaymentRunRepository runs;

	private final RunReportRepository reports;

	private final BankFileWriter bankFiles;

	private final RegionDirectory regions;

	PaymentRunReports(PaymentRunRepository runs, RunReportRepository reports, BankFileWriter bankFiles,
			RegionDirectory regions) {
		this.runs = runs;
		this.reports = reports;
		this.bankFiles = bankFiles;
		this.regions = regions;
	}

	public PaymentRun get(long id, RegionScope scope) {
		return this.runs.find(id, scope).orElseThrow(() -> ProblemException.notFound("批次不存在或不在您的数据范围内"));
	}

	public PageResult<PaymentRun> list(RegionScope scope, @Nullable BenefitType type, PageQuery page) {
		return this.runs.list(scope, type, page);
	}

	/** The run's review history, oldest first. */
	public List<RunReview> reviews(long id, RegionScope scope) {
		return this.runs.reviews(get(id, scope).id());
	}

	/**
	 * A page of the run's lines. The total is the run's own figure for the state, kept as
	 * lines are written and settled: a page never counts a run's lines (only while a run
	 * is being prepared, and then only when the page is full). Every line lies in the
	 * run's region, which {@link #get} found inside the caller's scope.
	 */
	public PageResult<PaymentLineView> lines(long id, @Nullable String state, RegionScope scope, PageQuery page) {
		PaymentRun run = get(id, scope);
		List<PaymentLineView> items = this.reports.lines(run.id(), state, page);
		if (run.status() == RunStatus.PREPARING) {
			return page.result(items, () -> this.reports.countLines(run.id(), state));
		}
		return page.result(items, run.linesIn(state));
	}

	/**
	 * The review's check that nobody entitled is left out: receiving beneficiaries of the
	 * run's categories in its region (and the caller's scope) without a live line for the
	 * run's first month in any run. Regular runs only; computed when asked, not while
	 * preparing.
	 */
	public UnpaidBeneficiaries unpaid(long id, RegionScope scope) {
		PaymentRun run = get(id, scope);
		if (run.followUpOf() != null || run.benefitType().isOneOff()) {
			return new UnpaidBeneficiaries(0, List.of());
		}
		return this.reports.unpaid(run, scope);
	}

	/** Streams the bank file of an exported run; returns the number of payee records. */
	public long writeBankFile(long id, BankFileFormat format, RegionScope scope, OutputStream out) {
		get(id, scope).checkBankFileReady();
		return this.bankFiles.write(id, format, out);
	}

	/** Writes the bank file without the scope and status checks (benchmarks). */
	long writeBankFileNow(long id, BankFileFormat format, OutputStream out) {
		return this.bankFiles.write(id, format, out);
	}

	/**
	 * On-time figures per child region of the caller's scope and month: each payment item
	 * (beneficiary × benefit × month × basis) counted once, by its live line.
	 */
	public List<RegionOnTime> onTime(RegionScope scope, LocalDate from, LocalDate to) {
		int length = scope.root().map((root) -> switch (root.level()) {
			case PROVINCE -> 4;
			case CITY -> 6;
			case COUNTY -> 9;
			case TOWNSHIP, VILLAGE -> 12;
		}).orElse(2);
		List<RunReportRepository.OnTimeRow> rows = this.reports.onTime(scope, length, from.withDayOfMonth(1),
				to.withDayOfMonth(1));
		Map<String, String> names = this.regions
			.namesOf(rows.stream().map(RunReportRepository.OnTimeRow::regionCode).toList());
		return rows.stream()
			.map((row) -> new RegionOnTime(row.regionCode(), names.getOrDefault(row.regionCode(), row.regionCode()),
					row.month(), row.due(), row.paidOnTime(), row.paidLate(), row.failed(), row.outstanding()))
			.toList();
	}

}
