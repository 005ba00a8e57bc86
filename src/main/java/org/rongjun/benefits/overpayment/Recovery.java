package org.rongjun.benefits.overpayment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One amount recovered, with the receipt or transfer reference that proves it. */
public record Recovery(long id, long overpaymentId, long amountFen, LocalDate recoveredOn, RecoveryMethod method,
		@Nullable String reference, String recordedBy, Instant recordedAt) {
}
