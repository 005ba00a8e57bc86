package org.rongjun.grants;

import org.jspecify.annotations.Nullable;

/**
 * An application as staff fill it in for a person (CAM BptTemporaryHelp: 类别, 家庭人口, 申请金额,
 * 事由). Amounts are in fen.
 */
public record GrantApplication(long veteranId, String grantType, long requestedFen, String reason,
		@Nullable Integer householdSize, @Nullable Payout payout) {
}
