package org.rongjun.benefits.overpayment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of an overpayment's history, oldest first. */
public record OverpaymentEvent(long id, Action action, @Nullable Long amountFen, String actor, Instant actedAt,
		@Nullable String note) {

	public enum Action {

		/** Found when the death was recorded (DeathEffects). */
		CREATED,
		/** A partial or final recovery. */
		RECOVERY_RECORDED,
		/** The recoveries reached the amount. */
		RECOVERED,
		/** 核销 asked for, with a reason. */
		WAIVER_REQUESTED,
		/** 核销 approved by a second person: WAIVED. */
		WAIVER_APPROVED,
		/** 核销 turned down by a second person: OPEN again. */
		WAIVER_DECLINED

	}

}
