package org.rongjun.benefits.conscript;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.Fen;

/** A county's yearly standard as entered; multipliers default to 1, uplifts to 0. */
public record ConscriptAllowanceDraft(@NotBlank String countyCode, int year, @NotBlank String indicatorName,
		@Fen long indicatorFen, @NotNull @Positive @DecimalMax("1000") BigDecimal percent,
		@Nullable BigDecimal tibetMultiplier, @Nullable BigDecimal xinjiangMultiplier,
		@Nullable BigDecimal plateauMultiplier, @Nullable BigDecimal studentUplift, @Nullable BigDecimal collegeUplift,
		@Nullable BigDecimal bachelorUplift, @Nullable BigDecimal outstandingUplift,
		@Nullable BigDecimal thirdClassUplift, @Nullable BigDecimal secondClassUplift,
		@Nullable BigDecimal firstClassUplift, @Nullable BigDecimal honorTitleUplift,
		@Nullable BigDecimal augustFirstMedalUplift, @NotBlank String basis) {
}
