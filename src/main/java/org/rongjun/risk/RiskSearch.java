package org.rongjun.risk;

import org.jspecify.annotations.Nullable;

/**
 * Risk ledger filters, combined with "and": {@code overdue} true lists the open items
 * past their deadline; {@code escalation} those handled at a level.
 */
public record RiskSearch(@Nullable RiskStatus status, @Nullable RiskLevel level, @Nullable RiskCategory category,
		@Nullable Escalation escalation, @Nullable Boolean overdue, @Nullable Long veteranId,
		@Nullable String regionCode) {
}
