package org.rongjun.benefits.payment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a run's review history (审核记录): who prepared, approved, rejected,
 * cancelled, exported or reconciled it, when, and their comment (a rejection always has
 * one).
 */
public record RunReview(long id, long runId, Action action, String actor, Instant actedAt, @Nullable String comment) {

	public enum Action {

		PREPARED, APPROVED, REJECTED, CANCELLED, EXPORTED, RECONCILED

	}

}
