package org.rongjun.benefits;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A one-off payable and where it stands: SCHEDULED, PAID or FAILED. */
public record OneOffPayment(long id, String reference, BenefitType benefitType, long veteranId,
		@Nullable Long familyMemberId, String regionCode, long amountFen, LocalDate dueMonth,
		@Nullable String description, String status, @Nullable String failureReason) {
}
