package org.rongjun.registry.beneficiary;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.DisabilityCause;
import org.rongjun.registry.HouseholdType;
import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A person's entitlement under one beneficiary category (优抚对象). The person is the
 * veteran, or one of their family members when {@code familyMemberId} is set; one person
 * may hold several categories (双重身份). Status changes go through {@link #changeTo}, which
 * guards the lifecycle. {@code householdType} and {@code lonelyElderly} choose the
 * standard it is paid by ({@link PaymentAttributes}).
 */
public record Beneficiary(long id, long veteranId, @Nullable Long familyMemberId, String personName, String category,
		@Nullable Integer disabilityGrade, @Nullable DisabilityCause disabilityCause, @Nullable String certificateNo,
		BeneficiaryStatus status, @Nullable HouseholdType householdType, boolean lonelyElderly) {

	/**
	 * Categories of the CAM group 1 (伤残: 残疾军人, 伤残民兵民工, 因战因公伤残人员 …) carry a disability
	 * grade and cause; no other category does.
	 */
	static boolean isDisabilityCategory(String category) {
		return category.startsWith("1");
	}

	/** Checks grade and cause against the category (抚恤优待条例 Art 25–27). */
	public static void checkDisability(String category, @Nullable Integer grade, @Nullable DisabilityCause cause) {
		if (isDisabilityCategory(category)) {
			if (grade == null) {
				throw ProblemException.invalidField("disabilityGrade", "伤残类优抚对象须填写残疾等级");
			}
			if (cause == null) {
				throw ProblemException.invalidField("disabilityCause", "伤残类优抚对象须填写伤残性质");
			}
		}
		else if (grade != null || cause != null) {
			throw ProblemException.invalidField("disabilityGrade", "只有伤残类优抚对象才有残疾等级");
		}
	}

	/**
	 * The status change this beneficiary may make now, or a refusal. Suspending, pausing
	 * and cancelling need a reason; leaving a paying status by death or transfer needs
	 * the month paid through, from which overpayments are recovered (抚恤条例 Art 58). 因病致残
	 * of grade 7–10 is recorded but does not receive a pension (抚恤优待条例 Art 27).
	 */
	public StatusChange changeTo(BeneficiaryStatus next, @Nullable String reason,
			@Nullable YearMonth paidThroughMonth) {
		if (this.status.isFinal()) {
			throw refused("状态为“" + this.status.label() + "”的优抚对象不能再变更状态");
		}
		if (!this.status.canMoveTo(next)) {
			throw refused("不能从“" + this.status.label() + "”变更为“" + next.label() + "”");
		}
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		if (why == null && (next == BeneficiaryStatus.SUSPENDED || next == BeneficiaryStatus.PAUSED
				|| next == BeneficiaryStatus.CANCELLED)) {
			throw ProblemException.invalidField("reason", "停发、中止或取消须填写原因");
		}
		boolean wasPaying = this.status == BeneficiaryStatus.RECEIVING || this.status == BeneficiaryStatus.SUSPENDED
				|| this.status == BeneficiaryStatus.PAUSED;
		if (wasPaying && paidThroughMonth == null
				&& (next == BeneficiaryStatus.DECEASED || next == BeneficiaryStatus.TRANSFERRED)) {
			throw ProblemException.invalidField("paidThroughMonth", "去世或迁移须填写抚恤金已发至月份");
		}
		if (next == BeneficiaryStatus.RECEIVING && this.disabilityCause == DisabilityCause.ILLNESS
				&& this.disabilityGrade != null && this.disabilityGrade > 6) {
			throw refused("因病致残七至十级不享受残疾抚恤金");
		}
		return new StatusChange(this.status, next, why, paidThroughMonth);
	}

	private static ProblemException refused(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "STATUS_CHANGE_NOT_ALLOWED", "状态不能变更", detail);
	}

	public record StatusChange(BeneficiaryStatus from, BeneficiaryStatus to, @Nullable String reason,
			@Nullable YearMonth paidThroughMonth) {
	}

}
