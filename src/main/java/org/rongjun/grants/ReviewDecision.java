package org.rongjun.grants;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One level's decision (审核意见): who, when, at which level, with which amount and remark.
 * {@code round} counts submissions: a returned and resubmitted application starts round
 * 2.
 */
public record ReviewDecision(long id, int round, ReviewLevel level, ReviewOutcome outcome, @Nullable Long amountFen,
		@Nullable String remark, String decidedBy, @Nullable OffsetDateTime decidedAt) {
}
