package org.rongjun.benefits.death;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.DeathCause;

/**
 * What one veteran's death pays, by its cause (抚恤条例 Art 32): the months of 残疾抚恤金
 * continued as 丧葬补助, the survivors' 一次性抚恤金 with every input of its formula (or the
 * parameter still missing), the survivors' pension category to register, and the effect
 * spelled out for the person confirming the death.
 *
 * @param funeralMonths months of 残疾抚恤金 after the death month (12 or 0)
 * @param lumpSumFen the 一次性抚恤金, null when not owed or a parameter is missing
 * @param survivorCategory 22 (因公牺牲军人遗属) or 23 (病故军人遗属), null when none
 */
public record DeathEffect(DeathCause cause, String article, int funeralMonths, @Nullable Long lumpSumFen,
		@Nullable Integer incomeYear, @Nullable Long incomeFen, @Nullable Long basePayFen,
		@Nullable String lumpSumBasis, @Nullable String missingParameter, @Nullable String survivorCategory,
		List<String> effects) {
}
