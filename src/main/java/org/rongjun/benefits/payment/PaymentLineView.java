package org.rongjun.benefits.payment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A payment line as the UI shows it: the account masked, the rule that computed the
 * amount spelled out.
 */
public record PaymentLineView(String reference, long beneficiaryId, long veteranId, String payeeName,
		@Nullable String bankAccountMask, String regionCode, LocalDate periodMonth, String kind, long amountFen,
		@Nullable Long standardId, @Nullable String explanation, String state, @Nullable String failureReason) {
}
