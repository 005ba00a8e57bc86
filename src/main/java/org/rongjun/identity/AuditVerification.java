package org.rongjun.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the chain and checking it against the anchors kept outside the
 * database: intact, or the first entry from which it no longer holds and why (in Chinese,
 * for the auditor).
 */
public record AuditVerification(boolean intact, long checked, @Nullable Long firstBrokenId, int anchors,
		@Nullable Instant lastAnchorAt, @Nullable Long lastAnchoredId, @Nullable String problem) {
}
