package org.rongjun.benefits.history;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One month's money for one beneficiary of a person file, as the file's 银行与发放 tab shows
 * it: what was paid (or is about to be, or failed and why), to whom and to which account
 * (masked), and the run it went out with.
 */
public record PaymentHistoryLine(long beneficiaryId, String personName, String benefitType, LocalDate periodMonth,
		String kind, long amountFen, String state, @Nullable String failureReason, @Nullable LocalDate settledOn,
		String payeeName, @Nullable String bankAccountMask, long runId, String runStatus) {
}
