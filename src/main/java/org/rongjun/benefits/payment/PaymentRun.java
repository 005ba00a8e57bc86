package org.rongjun.benefits.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;

/**
 * A payment run (发放批次): one benefit, months {@code firstMonth} .. {@code lastMonth()},
 * one region subtree. Its state changes are decided here and returned as a
 * {@link Transition} the repository applies only if the run is still in the state it was
 * decided from: PREPARING → PREPARED → APPROVED (never by the preparer: maker-checker,
 * ADR 0010) → EXPORTED → RECONCILED; a checker REJECTS a prepared run with a reason, the
 * maker CANCELS one not approved yet, and both give up the run's lines.
 * <p>
 * The run keeps its own figures — lines, total, payees, paid and failed lines — as its
 * lines are written and settled, so that reading them never counts a run's lines.
 * {@code jobId} is the background job preparing it (whose progress only {@code jobOwner}
 * may watch).
 */
public record PaymentRun(long id, BenefitType benefitType, String regionCode, LocalDate firstMonth, int months,
		@Nullable Long followUpOf, RunStatus status, long lineCount, long payeeCount, long totalFen, long paidCount,
		long failedCount, String preparedBy, Instant preparedAt, @Nullable String approvedBy,
		@Nullable Instant approvedAt, @Nullable String exportedBy, @Nullable Instant exportedAt,
		@Nullable String reconciledBy, @Nullable Instant reconciledAt, @Nullable Long jobId,
		@Nullable String jobOwner) {

	/**
	 * A decided state change: the status it leaves and enters, the entry for the review
	 * history, and whether the run gives up its lines (freeing their months for another
	 * run).
	 */
	public record Transition(RunStatus from, RunStatus to, RunReview.Action action, String actor,
			@Nullable String comment) {

		public boolean freesLines() {
			return this.to == RunStatus.CANCELLED || this.to == RunStatus.REJECTED;
		}

	}

	public LocalDate lastMonth() {
		return this.firstMonth.plusMonths(this.months - 1L);
	}

	/** The region subtree the run pays: every line of the run lies in it. */
	RegionScope region() {
		return RegionScope.of(RegionCode.of(this.regionCode));
	}

	/** Lines in {@code state} (PENDING, PAID, FAILED), all lines for null, as kept. */
	long linesIn(@Nullable String state) {
		if (state == null) {
			return this.lineCount;
		}
		return switch (state) {
			case "PENDING" -> this.lineCount - this.paidCount - this.failedCount;
			case "PAID" -> this.paidCount;
			case "FAILED" -> this.failedCount;
			default -> 0;
		};
	}

	/** Maker-checker: whoever prepared a run cannot approve it. */
	Transition approve(String checker, @Nullable String comment) {
		if (this.status != RunStatus.PREPARED) {
			throw notNow("只有待审核的批次可以审核");
		}
		if (this.preparedBy.equals(checker)) {
			throw ProblemException.samePerson("不能审核自己生成的批次：发放批次须由生成人以外的人员审核");
		}
		return new Transition(this.status, RunStatus.APPROVED, RunReview.Action.APPROVED, checker, comment);
	}

	/**
	 * Rejecting is the checker's decision, under the same maker-checker rule as
	 * approving, and always has a reason; the preparer withdraws their own run by
	 * cancelling it.
	 */
	Transition reject(String checker, @Nullable String reason) {
		if (this.status != RunStatus.PREPARED) {
			throw notNow("只有待审核的批次可以驳回");
		}
		if (this.preparedBy.equals(checker)) {
			throw ProblemException.samePerson("不能驳回自己生成的批次：发放批次须由生成人以外的人员审核；生成人可作废自己的批次");
		}
		if (reason == null) {
			throw ProblemException.invalidField("comment", "驳回须填写原因");
		}
		return new Transition(this.status, RunStatus.REJECTED, RunReview.Action.REJECTED, checker, reason);
	}

	/** A run not approved yet can be cancelled, also while it is being prepared. */
	Transition cancel(String actor) {
		if (this.status != RunStatus.PREPARED && this.status != RunStatus.PREPARING) {
			throw notNow("只有未审核的批次可以作废");
		}
		return new Transition(this.status, RunStatus.CANCELLED, RunReview.Action.CANCELLED, actor, null);
	}

	/** Issuing the bank file; a run already exported stays as it is (empty). */
	Optional<Transition> export(String actor) {
		if (this.status == RunStatus.EXPORTED) {
			return Optional.empty();
		}
		if (this.status != RunStatus.APPROVED) {
			throw notNow("批次审核通过后才能导出银行发放文件");
		}
		return Optional.of(new Transition(this.status, RunStatus.EXPORTED, RunReview.Action.EXPORTED, actor, null));
	}

	/**
	 * The bank's return file is taken once the bank file was issued, and again while
	 * lines are still unsettled (a second file may settle lines the first did not name).
	 */
	void checkReconcilable() {
		if (this.status != RunStatus.EXPORTED && this.status != RunStatus.RECONCILED) {
			throw notNow("批次导出银行发放文件后才能导入回盘");
		}
	}

	/** The run after a return file settled {@code paid} and {@code failed} lines. */
	Transition reconcile(String actor, long paid, long failed) {
		checkReconcilable();
		return new Transition(this.status, RunStatus.RECONCILED, RunReview.Action.RECONCILED, actor,
				"回盘成功 " + paid + " 条，失败 " + failed + " 条");
	}

	void checkBankFileReady() {
		if (this.status != RunStatus.EXPORTED && this.status != RunStatus.RECONCILED) {
			throw notNow("请先导出银行发放文件");
		}
	}

	/** Only the failures of a reconciled run are paid again by a follow-up run. */
	void checkFollowUpPossible() {
		if (this.status != RunStatus.RECONCILED) {
			throw notNow("批次导入回盘后才能对失败明细重新发放");
		}
	}

	void checkResumable() {
		if (this.status != RunStatus.PREPARING) {
			throw notNow("只有生成中的批次可以继续生成");
		}
	}

	static ProblemException notNow(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "RUN_STATE", "批次状态不允许该操作", detail);
	}

	/** Someone changed the run between reading and writing it. */
	static ProblemException changedMeanwhile() {
		return notNow("批次状态已变化，请刷新");
	}

}
