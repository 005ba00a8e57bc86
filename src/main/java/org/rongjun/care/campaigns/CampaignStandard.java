package org.rongjun.care.campaigns;

import jakarta.validation.constraints.NotNull;

import org.rongjun.shared.Fen;

/** What one target of a type receives in a campaign, in fen. */
public record CampaignStandard(@NotNull(message = "请选择对象类型") CampaignTargetType targetType,
		@NotNull(message = "请填写慰问标准") @Fen(min = 0) Long amountFen) {
}
