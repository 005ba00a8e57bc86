package org.rongjun.benefits.payment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;

/**
 * A payment run (发放批次): one benefit, months {@code firstMonth} .. {@code lastMonth()},
 * one region subtree. The transitions are guarded here; the preparer never approves
 * (maker-checker).
 */
public record PaymentRun(long id, BenefitType benefitType, String regionCode, LocalDate firstMonth, int months,
		@Nullable Long followUpOf, RunStatus status, long lineCount, long payeeCount, long totalFen, long paidCount,
		long failedCount, String preparedBy, Instant preparedAt, @Nullable String approvedBy,
		@Nullable Instant approvedAt, @Nullable String exportedBy, @Nullable Instant exportedAt,
		@Nullable String reconciledBy, @Nullable Instant reconciledAt) {

	public LocalDate lastMonth() {
		return this.firstMonth.plusMonths(this.months - 1L);
	}

	/** The region subtree the run pays: every line lies in it. */
	RegionScope region() {
		return RegionScope.of(RegionCode.of(this.regionCode));
	}

	void checkApprovableBy(String username) {
		if (this.status != RunStatus.PREPARED) {
			throw notNow("只有待审核的批次可以审核");
		}
		if (this.preparedBy.equals(username)) {
			throw new ProblemException(HttpStatus.CONFLICT, "SAME_PERSON", "不能审核自己生成的批次", "发放批次须由生成人以外的人员审核（双人复核）");
		}
	}

	/**
	 * Rejecting is the checker's decision, under the same maker-checker rule as
	 * approving; the preparer withdraws their own run by cancelling it.
	 */
	void checkRejectableBy(String username, @Nullable String reason) {
		if (this.status != RunStatus.PREPARED) {
			throw notNow("只有待审核的批次可以驳回");
		}
		if (this.preparedBy.equals(username)) {
			throw new ProblemException(HttpStatus.CONFLICT, "SAME_PERSON", "不能驳回自己生成的批次",
					"发放批次须由生成人以外的人员审核（双人复核）；生成人可作废自己的批次");
		}
		if (reason == null) {
			throw ProblemException.invalidField("comment", "驳回须填写原因");
		}
	}

	void checkExportable() {
		if (this.status != RunStatus.APPROVED && this.status != RunStatus.EXPORTED) {
			throw notNow("批次审核通过后才能导出银行发放文件");
		}
	}

	void checkReconcilable() {
		if (this.status != RunStatus.EXPORTED) {
			throw notNow("批次导出银行发放文件后才能导入回盘");
		}
	}

	void checkCancellable() {
		if (this.status != RunStatus.PREPARED && this.status != RunStatus.PREPARING) {
			throw notNow("只有未审核的批次可以作废");
		}
	}

	static ProblemException notNow(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "RUN_STATE", "批次状态不允许该操作", detail);
	}

}
