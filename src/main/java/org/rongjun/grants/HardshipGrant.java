package org.rongjun.grants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.springframework.http.HttpStatus;

/**
 * A hardship grant application (临时困难补助) with its review trail. The rules of the chain
 * live here: only the level the application waits at decides, never the person who
 * submitted it and never twice in one round; an approval within the level's cap is final,
 * above it the amount goes up as a recommendation; returns and rejections give a reason.
 * Amounts are in fen.
 */
public record HardshipGrant(long id, long veteranId, String veteranName, String regionCode, String regionName,
		String grantType, String grantTypeName, long requestedFen, @Nullable Long recommendedFen,
		@Nullable Long approvedFen, String reason, @Nullable Integer householdSize, Payout payout, GrantStatus status,
		@Nullable ReviewLevel currentLevel, int round, String submittedBy, OffsetDateTime submittedAt,
		@Nullable LocalDate decidedOn, @Nullable Payment payment, List<ReviewDecision> decisions) {

	/** How the grant was paid or why paying failed. */
	public record Payment(@Nullable LocalDate paidOn, @Nullable String method, @Nullable String voucher,
			@Nullable String recordedBy, @Nullable String reference, @Nullable String failure) {
	}

	/** What a decision changes: the new state and the line for the trail. */
	public record Transition(GrantStatus status, @Nullable ReviewLevel currentLevel, @Nullable Long recommendedFen,
			@Nullable Long approvedFen, ReviewDecision decision) {
	}

	/** The county whose caps apply: the one the household belongs to. */
	public String countyCode() {
		return countyOf(this.regionCode);
	}

	static String countyOf(String regionCode) {
		return RegionCode.of(regionCode.substring(0, 6)).value();
	}

	/**
	 * The decision of {@code reviewer}, checked against the chain's rules and the
	 * county's {@code policy}.
	 */
	public Transition decide(ReviewCommand command, Reviewer reviewer, ReviewPolicy policy) {
		ReviewLevel level = checkDecidableBy(reviewer);
		String remark = blankToNull(command.remark());
		if (remark != null && remark.length() > 500) {
			throw ProblemException.invalidField("remark", "意见不能超过500个字");
		}
		return switch (command.action()) {
			case APPROVE -> {
				long amount = amount(command);
				if (policy.setting(level).allowsFinal(amount)) {
					yield new Transition(GrantStatus.APPROVED, null, this.recommendedFen, amount,
							decision(level, ReviewOutcome.APPROVED, amount, remark, reviewer));
				}
				// Above this level's cap the approval is a recommendation to the next
				// level.
				ReviewLevel next = policy.above(level)
					.orElseThrow(() -> ProblemException.invalidField("amountFen", "金额超出审批权限"));
				yield new Transition(GrantStatus.UNDER_REVIEW, next, amount, null,
						decision(level, ReviewOutcome.FORWARDED, amount, remark, reviewer));
			}
			case FORWARD -> {
				long amount = amount(command);
				ReviewLevel next = policy.above(level)
					.orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "NO_HIGHER_LEVEL", "无法上报",
							"县级为最终审批层级，请批准、退回或驳回"));
				yield new Transition(GrantStatus.UNDER_REVIEW, next, amount, null,
						decision(level, ReviewOutcome.FORWARDED, amount, remark, reviewer));
			}
			case RETURN -> new Transition(GrantStatus.RETURNED, null, null, null,
					decision(level, ReviewOutcome.RETURNED, null, required(remark, "请填写退回原因"), reviewer));
			case REJECT -> new Transition(GrantStatus.REJECTED, null, this.recommendedFen, null,
					decision(level, ReviewOutcome.REJECTED, null, required(remark, "请填写驳回原因"), reviewer));
		};
	}

	/**
	 * The level {@code reviewer} would decide at, if they may decide now: the application
	 * waits at their level inside their scope, they did not submit it (maker-checker) and
	 * did not already decide in this round.
	 */
	public ReviewLevel checkDecidableBy(Reviewer reviewer) {
		if (this.status != GrantStatus.UNDER_REVIEW || this.currentLevel == null) {
			throw ProblemException.conflict("该申请不在审批中");
		}
		if (!reviewer.scope().contains(this.regionCode)) {
			throw ProblemException.outOfScope("该申请不在您的数据范围内");
		}
		ReviewLevel level = ReviewLevel.of(reviewer.scope()).orElseThrow();
		if (level != this.currentLevel) {
			throw forbidden("该申请当前等待" + this.currentLevel.label() + "，您不能在此环节审批");
		}
		if (this.submittedBy.equals(reviewer.username())) {
			throw ProblemException.samePerson("不能审批自己提交的申请：须由提交人以外的人员审批");
		}
		boolean decidedThisRound = this.decisions.stream()
			.anyMatch((d) -> d.round() == this.round && d.decidedBy().equals(reviewer.username()));
		if (decidedThisRound) {
			throw ProblemException.conflict("您已审批过该申请");
		}
		return level;
	}

	/** Whether {@code reviewer} may decide now, for the inbox and the UI. */
	public boolean isDecidableBy(Reviewer reviewer) {
		try {
			checkDecidableBy(reviewer);
			return true;
		}
		catch (ProblemException ex) {
			return false;
		}
	}

	/** Only a returned application is completed and sent again, by whoever may apply. */
	public void checkResubmittable() {
		if (this.status != GrantStatus.RETURNED) {
			throw ProblemException.conflict("只有被退回的申请可以修改后重新提交");
		}
	}

	/**
	 * Staff record an offline payment for a grant meant to be paid offline, or for one
	 * the payment system could not pay.
	 */
	public void checkPayableOffline(OfflinePayment payment, LocalDate today) {
		boolean offline = this.status == GrantStatus.APPROVED && this.payout == Payout.OFFLINE;
		if (!offline && this.status != GrantStatus.PAYMENT_FAILED) {
			throw ProblemException
				.conflict((this.status == GrantStatus.APPROVED) ? "该补助随发放批次支付，不能登记线下发放" : "只有已批准待发放的补助可以登记发放");
		}
		if (payment.paidOn().isAfter(today)) {
			throw ProblemException.invalidField("paidOn", "发放日期不能晚于今天");
		}
		if (this.decidedOn != null && payment.paidOn().isBefore(this.decidedOn)) {
			throw ProblemException.invalidField("paidOn", "发放日期不能早于批准日期");
		}
	}

	/**
	 * The payment system reports only on grants it was handed (approved for a payment
	 * run), or on one it failed before and retried. Any report on the line that paid the
	 * grant changes nothing: the same PAID again, or a late copy of an earlier attempt's
	 * failure (reports are events, delivered at least once, ADR 0022).
	 */
	public boolean checkPaymentReport(PaymentResult result, @Nullable String reference) {
		if (this.status == GrantStatus.PAID && this.payment != null && reference != null
				&& reference.equals(this.payment.reference())) {
			return false;
		}
		boolean handedOver = this.status == GrantStatus.APPROVED && this.payout == Payout.PAYMENT_RUN;
		if (!handedOver && this.status != GrantStatus.PAYMENT_FAILED) {
			throw ProblemException.conflict("补助 " + this.id + " 不在待发放状态（" + this.status + "）");
		}
		return true;
	}

	private long amount(ReviewCommand command) {
		long amount = (command.amountFen() != null) ? command.amountFen()
				: (this.recommendedFen != null) ? this.recommendedFen : this.requestedFen;
		if (amount <= 0) {
			throw ProblemException.invalidField("amountFen", "金额须大于0");
		}
		if (amount > this.requestedFen) {
			throw ProblemException.invalidField("amountFen", "批准金额不能超过申请金额");
		}
		return amount;
	}

	private ReviewDecision decision(ReviewLevel level, ReviewOutcome outcome, @Nullable Long amount,
			@Nullable String remark, Reviewer reviewer) {
		return new ReviewDecision(0, this.round, level, outcome, amount, remark, reviewer.username(), null);
	}

	private static String required(@Nullable String remark, String message) {
		if (remark == null) {
			throw ProblemException.invalidField("remark", message);
		}
		return remark;
	}

	private static ProblemException forbidden(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "无权操作", detail);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
