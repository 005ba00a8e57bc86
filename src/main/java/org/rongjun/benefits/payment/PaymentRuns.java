package org.rongjun.benefits.payment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.OneOffPaymentSettled;
import org.rongjun.jobs.JobContext;
import org.rongjun.jobs.JobOutcome;
import org.rongjun.jobs.Jobs;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a payment run: prepare (in the background, resumable) → review → approve by
 * a different person → export the bank file → import the bank's return file → follow-up
 * run for the failed lines.
 */
@Service
public class PaymentRuns {

	private static final Logger log = LoggerFactory.getLogger(PaymentRuns.class);

	private final PaymentRunRepository runs;

	private final PaymentPreparation preparation;

	private final BankFileWriter bankFiles;

	private final Jobs jobs;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final RegionDirectory regions;

	private final ApplicationEventPublisher events;

	private final RepeatedFailures repeatedFailures;

	private final Clock clock;

	PaymentRuns(PaymentRunRepository runs, PaymentPreparation preparation, BankFileWriter bankFiles, Jobs jobs,
			JdbcClient jdbc, TransactionTemplate transactions, RegionDirectory regions,
			ApplicationEventPublisher events, RepeatedFailures repeatedFailures, Clock clock) {
		this.runs = runs;
		this.preparation = preparation;
		this.bankFiles = bankFiles;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.regions = regions;
		this.events = events;
		this.repeatedFailures = repeatedFailures;
		this.clock = clock;
	}

	/** Creates the run and prepares its lines in the background; the run is PREPARING. */
	public PaymentRun prepare(PrepareRequest request, RegionScope scope, String username) {
		String region = request.regionCode().strip();
		if (!RegionCode.isValid(region) || !scope.contains(region)) {
			throw ProblemException.outOfScope("发放区划不在您的数据范围内");
		}
		long id = this.transactions.execute((status) -> this.runs.insert(request.benefitType(), region,
				request.firstMonth().atDay(1), request.months(), null, username));
		startPreparation(id, username);
		return get(id, scope);
	}

	/** Prepares in the caller's thread (benchmarks, tests); returns the prepared run. */
	public PaymentRun prepareNow(PrepareRequest request, String username) throws Exception {
		long id = this.transactions.execute((status) -> this.runs.insert(request.benefitType(),
				request.regionCode().strip(), request.firstMonth().atDay(1), request.months(), null, username));
		return resumeNow(id);
	}

	/** Finishes a PREPARING run in the caller's thread: what a restart does. */
	public PaymentRun resumeNow(long id) throws Exception {
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
		PaymentRun run = get(id, scope);
		if (run.status() != RunStatus.PREPARING) {
			throw PaymentRun.notNow("只有生成中的批次可以继续生成");
		}
		startPreparation(id, username);
		return run;
	}

	private void startPreparation(long id, String username) {
		PaymentRun run = this.runs.find(id).orElseThrow();
		this.jobs.start("benefits.prepare", "生成发放批次 #" + id + " " + run.benefitType().label(), username, (context) -> {
			PaymentRun current = this.runs.find(id).orElseThrow();
			if (current.status() == RunStatus.PREPARING) {
				this.preparation.prepare(current, context);
				this.transactions.executeWithoutResult((status) -> this.runs.markPrepared(id));
			}
			PaymentRun done = this.runs.find(id).orElseThrow();
			return new JobOutcome(
					"批次 #" + id + " 已生成 " + done.lineCount() + " 条明细，合计 " + BankFileWriter.yuan(done.totalFen()) + " 元",
					null);
		});
	}

	public PaymentRun get(long id, RegionScope scope) {
		return this.runs.find(id, scope).orElseThrow(() -> ProblemException.notFound("批次不存在或不在您的数据范围内"));
	}

	public PageResult<PaymentRun> list(RegionScope scope, @Nullable BenefitType type, PageQuery page) {
		return this.runs.list(scope, type, page);
	}

	/** Maker-checker: whoever prepared a run cannot approve it. */
	public PaymentRun approve(long id, RegionScope scope, String username) {
		return approve(id, scope, username, null);
	}

	/** Approves with the checker's optional comment, kept in the review history. */
	public PaymentRun approve(long id, RegionScope scope, String username, @Nullable String comment) {
		get(id, scope).checkApprovableBy(username);
		this.transactions.executeWithoutResult((status) -> {
			if (!this.runs.transition(id, RunStatus.PREPARED, RunStatus.APPROVED, "approved", username)) {
				throw PaymentRun.notNow("批次状态已变化，请刷新");
			}
			this.runs.review(id, RunReview.Action.APPROVED, username, comment);
		});
		return get(id, scope);
	}

	/**
	 * The checker sends a prepared run back with a reason: REJECTED, and its lines are
	 * deleted in the same transaction so that the months' exactly-once keys are free for
	 * the maker to prepare again (one-off payables stay SCHEDULED for the next run).
	 */
	public PaymentRun reject(long id, RegionScope scope, String username, @Nullable String reason) {
		get(id, scope).checkRejectableBy(username, reason);
		this.transactions.executeWithoutResult((status) -> {
			if (!this.runs.transition(id, RunStatus.PREPARED, RunStatus.REJECTED, "rejected", username)) {
				throw PaymentRun.notNow("批次状态已变化，请刷新");
			}
			deleteLines(id);
			this.runs.review(id, RunReview.Action.REJECTED, username, reason);
		});
		return get(id, scope);
	}

	/** Cancels a run not yet approved; its lines go, freeing their months. */
	public PaymentRun cancel(long id, RegionScope scope, String username) {
		get(id, scope).checkCancellable();
		this.transactions.executeWithoutResult((status) -> {
			if (!this.runs.cancel(id)) {
				throw PaymentRun.notNow("批次状态已变化，请刷新");
			}
			deleteLines(id);
			this.runs.review(id, RunReview.Action.CANCELLED, username, null);
		});
		return get(id, scope);
	}

	private void deleteLines(long id) {
		this.jdbc.sql("delete from benefits.payment_line where run_id = :run and attempt = 0 and state = 'PENDING'")
			.param("run", id)
			.update();
	}

	/** The run's review history, oldest first. */
	public List<RunReview> reviews(long id, RegionScope scope) {
		return this.runs.reviews(get(id, scope).id());
	}

	/** Issues the bank file: the run is EXPORTED and its file can be downloaded. */
	public PaymentRun export(long id, RegionScope scope, String username) {
		PaymentRun run = get(id, scope);
		run.checkExportable();
		if (run.status() == RunStatus.APPROVED) {
			this.transactions.executeWithoutResult((status) -> {
				if (!this.runs.transition(id, RunStatus.APPROVED, RunStatus.EXPORTED, "exported", username)) {
					throw PaymentRun.notNow("批次状态已变化，请刷新");
				}
				this.runs.review(id, RunReview.Action.EXPORTED, username, null);
				this.jdbc.sql("""
						update benefits.payment_run set payee_count = (select count(*) from (
						    select distinct beneficiary_id, case when kind = 'ONE_OFF' then basis else 0 end
						    from benefits.payment_line where run_id = :run and attempt = 0) p) where id = :run
						""").param("run", id).update();
			});
		}
		return get(id, scope);
	}

	/** Streams the bank file of an exported run; returns the number of payee records. */
	public long writeBankFile(long id, BankFileFormat format, RegionScope scope, OutputStream out) {
		PaymentRun run = get(id, scope);
		if (run.status() != RunStatus.EXPORTED && run.status() != RunStatus.RECONCILED) {
			throw PaymentRun.notNow("请先导出银行发放文件");
		}
		return this.bankFiles.write(id, format, out);
	}

	/** Writes the bank file without the status checks (benchmarks). */
	public long writeBankFileNow(long id, BankFileFormat format, OutputStream out) {
		return this.bankFiles.write(id, format, out);
	}

	/**
	 * Imports the bank's return file, {@code reference,status,reason} per line (status
	 * PAID / FAILED or 成功 / 失败): every line of a payee record becomes PAID or FAILED. A
	 * failed line leaves the live key (attempt = this run's id), so a follow-up run can
	 * pay it.
	 */
	public ReconciliationResult reconcile(long id, Reader content, RegionScope scope, String username) {
		PaymentRun run = get(id, scope);
		if (run.status() != RunStatus.EXPORTED && run.status() != RunStatus.RECONCILED) {
			throw PaymentRun.notNow("批次导出银行发放文件后才能导入回盘");
		}
		List<Object[]> rows = parse(id, content);
		LocalDate today = LocalDate.now(this.clock);
		ReconciliationResult result = this.transactions.execute((status) -> {
			this.jdbc.sql("""
					create temp table bank_return (beneficiary_id bigint, payable bigint, ok boolean, reason text)
					on commit drop
					""").update();
			for (Object[] row : rows) {
				this.jdbc.sql("insert into bank_return values (:b, :p, :ok, :reason)")
					.param("b", row[0])
					.param("p", row[1])
					.param("ok", row[2])
					.param("reason", row[3])
					.update();
			}
			List<String> unmatched = this.jdbc.sql("""
					select r.beneficiary_id, r.payable from bank_return r
					where not exists (select 1 from benefits.payment_line l where l.run_id = :run
					                  and l.beneficiary_id = r.beneficiary_id
					                  and (case when l.kind = 'ONE_OFF' then l.basis else 0 end) = r.payable)
					""")
				.param("run", id)
				.query((rs, n) -> BankFileWriter.reference(id, rs.getLong(1), rs.getLong(2)))
				.list();
			if (!unmatched.isEmpty()) {
				throw ProblemException.badRequest(
						"回盘文件中有不属于本批次的参考号：" + String.join("，", unmatched.subList(0, Math.min(10, unmatched.size()))));
			}
			List<Map<String, Object>> settledOneOffs = this.jdbc.sql("""
					with settled as (
					    update benefits.payment_line l
					    set state = case when r.ok then 'PAID' else 'FAILED' end,
					        attempt = case when r.ok then 0 else l.run_id end,
					        failure_reason = case when r.ok then null else coalesce(r.reason, '银行退回') end,
					        settled_on = :today
					    from bank_return r
					    where l.run_id = :run and l.attempt = 0 and l.state = 'PENDING'
					      and l.beneficiary_id = r.beneficiary_id
					      and (case when l.kind = 'ONE_OFF' then l.basis else 0 end) = r.payable
					    returning l.kind, l.basis, l.state, l.failure_reason
					)
					select kind, basis, state, failure_reason from settled
					""").param("run", id).param("today", today).query().listOfRows();
			long paid = settledOneOffs.stream().filter((row) -> "PAID".equals(row.get("state"))).count();
			long failed = settledOneOffs.size() - paid;
			for (Map<String, Object> row : settledOneOffs) {
				if ("ONE_OFF".equals(row.get("kind"))) {
					settleOneOff(((Number) row.get("basis")).longValue(), "PAID".equals(row.get("state")),
							(String) row.get("failure_reason"));
				}
			}
			this.jdbc.sql("""
					update benefits.payment_run set status = 'RECONCILED', reconciled_by = :by, reconciled_at = now()
					where id = :run
					""").param("by", username).param("run", id).update();
			this.runs.countSettled(id);
			this.repeatedFailures.announce(id);
			this.runs.review(id, RunReview.Action.RECONCILED, username, "回盘成功 " + paid + " 条，失败 " + failed + " 条");
			return new ReconciliationResult(paid, failed, List.of());
		});
		return result;
	}

	private void settleOneOff(long payableId, boolean paid, @Nullable String reason) {
		Map<String, Object> payable = this.jdbc.sql("""
				update benefits.one_off_payable set status = :status, failure_reason = :reason where id = :id
				returning reference, benefit_type
				""")
			.param("status", paid ? "PAID" : "FAILED")
			.param("reason", paid ? null : reason)
			.param("id", payableId)
			.query()
			.singleRow();
		this.events.publishEvent(new OneOffPaymentSettled((String) payable.get("reference"),
				BenefitType.valueOf((String) payable.get("benefit_type")), paid, paid ? null : reason));
	}

	private static List<Object[]> parse(long runId, Reader content) {
		List<Object[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(content)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || (number == 1 && text.toLowerCase().startsWith("reference"))) {
					continue;
				}
				String[] fields = text.split(",", 3);
				if (fields.length < 2) {
					throw ProblemException.badRequest("回盘文件第" + number + "行格式不正确，应为：参考号,状态,原因");
				}
				String reference = fields[0].strip();
				String prefix = runId + "-";
				if (!reference.startsWith(prefix)) {
					throw ProblemException.badRequest("回盘文件第" + number + "行的参考号不属于本批次：" + reference);
				}
				String key = reference.substring(prefix.length());
				long beneficiary;
				long payable;
				try {
					if (key.startsWith("P")) {
						beneficiary = 0;
						payable = Long.parseLong(key.substring(1));
					}
					else {
						beneficiary = Long.parseLong(key);
						payable = 0;
					}
				}
				catch (NumberFormatException ex) {
					throw ProblemException.badRequest("回盘文件第" + number + "行的参考号不正确：" + reference);
				}
				String status = fields[1].strip().toUpperCase();
				boolean ok = switch (status) {
					case "PAID", "SUCCESS", "成功" -> true;
					case "FAILED", "FAIL", "失败" -> false;
					default -> throw ProblemException.badRequest("回盘文件第" + number + "行的状态应为 PAID 或 FAILED：" + status);
				};
				String reason = (fields.length > 2 && !fields[2].isBlank()) ? fields[2].strip() : null;
				rows.add(new Object[] { beneficiary, payable, ok, reason });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (rows.isEmpty()) {
			throw ProblemException.badRequest("回盘文件没有内容");
		}
		return rows;
	}

	/**
	 * A follow-up run paying exactly the lines of {@code id} the bank returned as failed.
	 */
	public PaymentRun followUp(long id, RegionScope scope, String username) {
		PaymentRun source = get(id, scope);
		if (source.status() != RunStatus.RECONCILED) {
			throw PaymentRun.notNow("批次导入回盘后才能对失败明细重新发放");
		}
		long followUp = this.transactions.execute((status) -> {
			long created = this.runs.insert(source.benefitType(), source.regionCode(), source.firstMonth(),
					source.months(), id, username);
			return created;
		});
		try {
			resumeNow(followUp);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Follow-up run " + followUp + " failed", ex);
		}
		return get(followUp, scope);
	}

	/**
	 * Authorises 补发 of months a paused (中止) beneficiary was not paid, when the pause
	 * proved unlawful; the next run of the benefit pays the months not paid yet (once:
	 * the line key).
	 */
	public void authorizeBackPay(BackPayRequest request, RegionScope scope, String username) {
		this.jdbc
			.sql("select region_code from registry.entitlement where beneficiary_id = :id and status = 'RECEIVING'")
			.param("id", request.beneficiaryId())
			.query(String.class)
			.optional()
			.filter(scope::contains)
			.orElseThrow(() -> ProblemException.notFound("优抚对象不存在、未在享受待遇或不在您的数据范围内"));
		if (request.lastMonth().isBefore(request.firstMonth())) {
			throw ProblemException.invalidField("lastMonth", "结束月份不能早于开始月份");
		}
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.sql("""
					insert into benefits.back_pay (beneficiary_id, benefit_type, first_month, last_month, reason, authorized_by)
					values (:id, :type, :first, :last, :reason, :by)
					""")
			.param("id", request.beneficiaryId())
			.param("type", request.benefitType().name())
			.param("first", request.firstMonth().atDay(1))
			.param("last", request.lastMonth().atDay(1))
			.param("reason", request.reason().strip())
			.param("by", username)
			.update());
	}

	public PageResult<PaymentLineView> lines(long id, @Nullable String state, RegionScope scope, PageQuery page) {
		PaymentRun run = get(id, scope);
		String where = """
				 where l.run_id = :run and l.region_code between :lo and :hi
				   and (cast(:state as text) is null or l.state = :state)
				""";
		long total = this.jdbc.sql("select count(*) from benefits.payment_line l" + where)
			.param("run", run.id())
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("state", state)
			.query(Long.class)
			.single();
		List<PaymentLineView> items = this.jdbc
			.sql("""
					select l.beneficiary_id, l.basis, l.kind, l.veteran_id, l.payee_name, l.bank_account_mask, l.region_code,
					       l.period_month, l.amount_fen, l.standard_id, concat_ws('；', r.explanation, l.note) as explanation,
					       l.state, l.failure_reason
					from benefits.payment_line l left join benefits.payment_rate r on r.id = l.rate_id
					"""
					+ where + " order by l.beneficiary_id, l.basis, l.period_month limit :limit offset :offset")
			.param("run", run.id())
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("state", state)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new PaymentLineView(
					BankFileWriter.reference(id, rs.getLong("beneficiary_id"),
							"ONE_OFF".equals(rs.getString("kind")) ? rs.getLong("basis") : 0),
					rs.getLong("beneficiary_id"), rs.getLong("veteran_id"), rs.getString("payee_name"),
					rs.getString("bank_account_mask"), rs.getString("region_code"),
					rs.getObject("period_month", LocalDate.class), rs.getString("kind"), rs.getLong("amount_fen"),
					rs.getObject("standard_id", Long.class), rs.getString("explanation"), rs.getString("state"),
					rs.getString("failure_reason")))
			.list();
		return new PageResult<>(items, total, page.page(), page.size());
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
		RegionScope within = RegionScope.of(RegionCode.of(run.regionCode()));
		List<UnpaidBeneficiary> first = new ArrayList<>();
		// the window count comes with every row: one scan gives the total and the first
		// 200
		long[] total = { 0 };
		this.jdbc.sql("""
				select e.beneficiary_id, e.veteran_id, e.person_name, e.region_code, e.category, e.disability_grade,
				       e.disability_cause, e.household_type, e.lonely_elderly, count(*) over () as total
				from registry.entitlement e
				where e.status = 'RECEIVING' and e.category = any(string_to_array(:categories, ','))
				  and e.region_code between :rlo and :rhi and e.region_code between :lo and :hi
				  and not exists (select 1 from benefits.payment_line l
				                  where l.beneficiary_id = e.beneficiary_id and l.benefit_type = :type
				                    and l.period_month = :month and l.attempt = 0)
				order by e.beneficiary_id
				limit 200
				""")
			.param("categories", String.join(",", run.benefitType().categories()))
			.param("rlo", within.lowerBound())
			.param("rhi", within.upperBound())
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("type", run.benefitType().name())
			.param("month", run.firstMonth())
			.query((rs) -> {
				total[0] = rs.getLong("total");
				first.add(new UnpaidBeneficiary(rs.getLong("beneficiary_id"), rs.getLong("veteran_id"),
						rs.getString("person_name"), rs.getString("region_code"), rs.getString("category"),
						rs.getInt("disability_grade"), rs.getString("disability_cause"), rs.getString("household_type"),
						rs.getBoolean("lonely_elderly")));
			});
		return new UnpaidBeneficiaries(total[0], first);
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
		List<Object[]> rows = this.jdbc.sql("""
				select rpad(left(region_code, :len), 12, '0') as region, period_month, count(*) as due,
				       count(*) filter (where live_state = 'PAID'
				                        and settled_on < period_month + interval '1 month') as on_time,
				       count(*) filter (where live_state = 'PAID'
				                        and settled_on >= period_month + interval '1 month') as late,
				       count(*) filter (where live_state is null) as failed,
				       count(*) filter (where live_state = 'PENDING') as outstanding
				from (select max(region_code) as region_code, period_month,
				             max(state) filter (where attempt = 0) as live_state,
				             max(settled_on) filter (where attempt = 0) as settled_on
				      from benefits.payment_line
				      where region_code between :lo and :hi and period_month between :from and :to
				      group by beneficiary_id, benefit_type, period_month, basis) k
				group by 1, 2 order by 1, 2
				""")
			.param("len", length)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("from", from.withDayOfMonth(1))
			.param("to", to.withDayOfMonth(1))
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
							rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7) })
			.list();
		Map<String, String> names = this.regions.namesOf(rows.stream().map((row) -> (String) row[0]).toList());
		return rows.stream()
			.map((row) -> new RegionOnTime((String) row[0], names.getOrDefault((String) row[0], (String) row[0]),
					(LocalDate) row[1], (long) row[2], (long) row[3], (long) row[4], (long) row[5], (long) row[6]))
			.toList();
	}

}
