package org.rongjun.benefits.payment;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.benefits.OneOffPaymentSettled;
import org.rongjun.jobs.JobContext;
import org.rongjun.jobs.JobOutcome;
import org.rongjun.jobs.Jobs;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do with a payment run: prepare it (in the background, resumable) → approve
 * (a different person) or reject → export the bank file → import the bank's return file →
 * a follow-up run for the failed lines; cancel one not approved yet; authorise 补发. The
 * run decides each state change ({@link PaymentRun}); this applies it. What runs report
 * is {@link PaymentRunReports}.
 */
@Service
public class PaymentRuns {

	private static final Logger log = LoggerFactory.getLogger(PaymentRuns.class);

	private final PaymentRunRepository runs;

	private final PaymentRunReports reports;

	private final PaymentPreparation preparation;

	private final BankReturnRepository bankReturns;

	private final BackPayRepository backPays;

	private final Jobs jobs;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final RepeatedFailures repeatedFailures;

	private final Clock clock;

	PaymentRuns(PaymentRunRepository runs, PaymentRunReports reports, PaymentPreparation preparation,
			BankReturnRepository bankReturns, BackPayRepository backPays, Jobs jobs, TransactionTemplate transactions,
			ApplicationEventPublisher events, RepeatedFailures repeatedFailures, Clock clock) {
		this.runs = runs;
		this.reports = reports;
		this.preparation = preparation;
		this.bankReturns = bankReturns;
		this.backPays = backPays;
		this.jobs = jobs;
		this.transactions = transactions;
		this.events = events;
		this.repeatedFailures = repeatedFailures;
		this.clock = clock;
	}

	/**
	 * Creates the run and prepares its lines in the background; the run is PREPARING and
	 * names its job.
	 */
	public PaymentRun prepare(PrepareRequest request, RegionScope scope, String username) {
		String region = request.regionCode().strip();
		if (!RegionCode.isValid(region) || !scope.contains(region)) {
			throw ProblemException.outOfScope("发放区划不在您的数据范围内");
		}
		long id = create(request, username);
		startPreparation(id, username);
		return this.reports.get(id, scope);
	}

	/** Prepares in the caller's thread (benchmarks, tests); returns the prepared run. */
	PaymentRun prepareNow(PrepareRequest request, String username) throws Exception {
		return resumeNow(create(request, username));
	}

	private long create(PrepareRequest request, String username) {
		return this.transactions.execute((status) -> this.runs.insert(request.benefitType(),
				request.regionCode().strip(), request.firstMonth().atDay(1), request.months(), null, username));
	}

	/** Finishes a PREPARING run in the caller's thread: what a restart does. */
	PaymentRun resumeNow(long id) throws Exception {
		PaymentRun run = this.runs.find(id).orElseThrow();
		if (run.status() == RunStatus.PREPARING) {
			this.preparation.prepare(run, JobContext.unattended());
			this.transactions.executeWithoutResult((status) -> this.runs.markPrepared(id));
		}
		return this.runs.find(id).orElseThrow();
	}

	/**
	 * A run interrupted while preparing resumes after a restart, with the same result.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeInterrupted() {
		for (long id : this.runs.preparing()) {
			log.warn("Resuming the preparation of payment run {}", id);
			startPreparation(id, "system");
		}
	}

	public PaymentRun resume(long id, RegionScope scope, String username) {
		this.reports.get(id, scope).checkResumable();
		startPreparation(id, username);
		return this.reports.get(id, scope);
	}

	private void startPreparation(long id, String username) {
		PaymentRun run = this.runs.find(id).orElseThrow();
		long job = this.jobs.start("benefits.prepare", "生成发放批次 #" + id + " " + run.benefitType().label(), username,
				(context) -> {
					PaymentRun current = this.runs.find(id).orElseThrow();
					if (current.status() == RunStatus.PREPARING) {
						this.preparation.prepare(current, context);
						this.transactions.executeWithoutResult((status) -> this.runs.markPrepared(id));
					}
					return outcome(this.runs.find(id).orElseThrow());
				});
		this.transactions.executeWithoutResult((status) -> this.runs.recordJob(id, job, username));
	}

	private static JobOutcome outcome(PaymentRun run) {
		if (run.status() == RunStatus.CANCELLED) {
			return new JobOutcome("批次 #" + run.id() + " 已作废，未生成明细", null);
		}
		return new JobOutcome(
				"批次 #" + run.id() + " 已生成 " + run.lineCount() + " 条明细，合计 " + BankFileWriter.yuan(run.totalFen()) + " 元",
				null);
	}

	/** Maker-checker: whoever prepared a run cannot approve it. */
	public PaymentRun approve(long id, RegionScope scope, String username) {
		return approve(id, scope, username, null);
	}

	/** Approves with the checker's optional comment, kept in the review history. */
	public PaymentRun approve(long id, RegionScope scope, String username, @Nullable String comment) {
		PaymentRun run = this.reports.get(id, scope);
		apply(run.approve(username, comment), id);
		return this.reports.get(id, scope);
	}

	/**
	 * The checker sends a prepared run back with a reason: REJECTED, and its lines are
	 * deleted in the same transaction so that the months' exactly-once keys are free for
	 * the maker to prepare again (one-off payables stay SCHEDULED for the next run).
	 */
	public PaymentRun reject(long id, RegionScope scope, String username, @Nullable String reason) {
		PaymentRun run = this.reports.get(id, scope);
		apply(run.reject(username, reason), id);
		return this.reports.get(id, scope);
	}

	/**
	 * Cancels a run not yet approved; its lines go, freeing their months. A preparation
	 * still running stops at its next chunk and writes nothing more.
	 */
	public PaymentRun cancel(long id, RegionScope scope, String username) {
		PaymentRun run = this.reports.get(id, scope);
		apply(run.cancel(username), id);
		return this.reports.get(id, scope);
	}

	/** Issues the bank file: the run is EXPORTED and its file can be downloaded. */
	public PaymentRun export(long id, RegionScope scope, String username) {
		PaymentRun run = this.reports.get(id, scope);
		run.export(username).ifPresent((transition) -> this.transactions.executeWithoutResult((status) -> {
			applyHere(transition, id);
			this.runs.countPayees(id);
		}));
		return this.reports.get(id, scope);
	}

	/**
	 * Imports the bank's return file ({@link BankReturnFile}): every line of a payee
	 * record becomes PAID or FAILED, and a one-off payable tells its scheduler
	 * ({@link OneOffPaymentSettled}). References that are not the run's refuse the whole
	 * file.
	 */
	public ReconciliationResult reconcile(long id, Reader content, RegionScope scope, String username) {
		PaymentRun run = this.reports.get(id, scope);
		run.checkReconcilable();
		BankReturnFile file = BankReturnFile.parse(id, content);
		LocalDate today = LocalDate.now(this.clock);
		return this.transactions.execute((status) -> {
			this.bankReturns.stage(file);
			List<String> unmatched = this.bankReturns.unmatched(id);
			if (!unmatched.isEmpty()) {
				throw ProblemException.badRequest(
						"回盘文件中有不属于本批次的参考号：" + String.join("，", unmatched.subList(0, Math.min(10, unmatched.size()))));
			}
			BankReturnRepository.Settlement settled = this.bankReturns.settle(id, today);
			for (BankReturnRepository.SettledOneOff oneOff : settled.oneOffs()) {
				BankReturnRepository.Payable payable = this.bankReturns.settle(oneOff);
				this.events.publishEvent(new OneOffPaymentSettled(payable.reference(), payable.benefitType(),
						oneOff.paid(), oneOff.paid() ? null : oneOff.reason()));
			}
			this.runs.addSettled(id, settled.paid(), settled.failed());
			this.repeatedFailures.announce(id);
			applyHere(run.reconcile(username, settled.paid(), settled.failed()), id);
			return new ReconciliationResult(settled.paid(), settled.failed(), List.of());
		});
	}

	/**
	 * A follow-up run paying exactly the lines of {@code id} the bank returned as failed.
	 */
	public PaymentRun followUp(long id, RegionScope scope, String username) {
		PaymentRun source = this.reports.get(id, scope);
		source.checkFollowUpPossible();
		long followUp = this.transactions.execute((status) -> this.runs.insert(source.benefitType(),
				source.regionCode(), source.firstMonth(), source.months(), id, username));
		try {
			resumeNow(followUp);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Follow-up run " + followUp + " failed", ex);
		}
		return this.reports.get(followUp, scope);
	}

	/**
	 * Authorises 补发 of months a paused (中止) beneficiary was not paid, when the pause
	 * proved unlawful; the next run of the benefit pays the months not paid yet (once:
	 * the line key).
	 */
	public void authorizeBackPay(BackPayRequest request, RegionScope scope, String username) {
		this.backPays.regionOfReceiving(request.beneficiaryId())
			.filter(scope::contains)
			.orElseThrow(() -> ProblemException.notFound("优抚对象不存在、未在享受待遇或不在您的数据范围内"));
		if (request.lastMonth().isBefore(request.firstMonth())) {
			throw ProblemException.invalidField("lastMonth", "结束月份不能早于开始月份");
		}
		this.transactions.executeWithoutResult((status) -> this.backPays.authorize(request, username));
	}

	private void apply(PaymentRun.Transition transition, long id) {
		this.transactions.executeWithoutResult((status) -> applyHere(transition, id));
	}

	/** In the caller's transaction. */
	private void applyHere(PaymentRun.Transition transition, long id) {
		if (!this.runs.apply(id, transition)) {
			throw PaymentRun.changedMeanwhile();
		}
	}

}
