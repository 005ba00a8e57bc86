package org.rongjun.registry.beneficiary;

import org.rongjun.registry.BeneficiaryStatus;

import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** One line of a beneficiary's status history; the first has no {@code fromStatus}. */
public record BeneficiaryStatusChange(long id, long beneficiaryId, @Nullable BeneficiaryStatus fromStatus,
		BeneficiaryStatus toStatus, String changedBy, OffsetDateTime changedAt, @Nullable String reason,
		@Nullable YearMonth paidThroughMonth) {
}
