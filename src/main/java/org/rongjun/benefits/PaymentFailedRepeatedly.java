package org.rongjun.benefits;

/**
 * The bank returned a beneficiary's payment as failed again: {@code failures} runs in a
 * row (this one, {@code runId}, included) have failed to pay them since they were last
 * paid, the last time for {@code reason}. Money the person counts on is not arriving;
 * risk screening takes it as an early warning.
 */
public record PaymentFailedRepeatedly(long beneficiaryId, long veteranId, String regionCode, long runId, int failures,
		String reason) {
}
