package org.rongjun.benefits.overpayment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;

/**
 * 追缴: what was paid for months after a death beyond the 丧葬补助 months, to be returned (抚恤条例
 * Art 8 冒领追责, Art 58(一) 追缴). OPEN until the recoveries reach the amount (RECOVERED) or
 * the rest is written off (核销, WAIVED) by a request and a second person's approval. A
 * waiver request waits in {@code waiverRequestedBy}.
 */
public record Overpayment(long id, long beneficiaryId, BenefitType benefitType, long veteranId, String regionCode,
		LocalDate firstMonth, LocalDate lastMonth, long amountFen, long recoveredFen, long outstandingFen,
		String reason, Status status, Instant createdAt, @Nullable String waiverReason,
		@Nullable String waiverRequestedBy, @Nullable Instant waiverRequestedAt, @Nullable String waivedBy,
		@Nullable Instant waivedAt) {

	public enum Status {

		OPEN, RECOVERED, WAIVED

	}

	public boolean waiverPending() {
		return this.status == Status.OPEN && this.waiverRequestedBy != null;
	}

}
