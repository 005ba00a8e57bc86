package org.rongjun.employment.matching;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One step of a referral's way to its outcome. */
public record ReferralStep(long id, ReferralStatus status, LocalDate happenedOn, @Nullable String note,
		String recordedBy, OffsetDateTime recordedAt) {
}
