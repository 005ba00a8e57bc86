package org.rongjun.benefits.conscript;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/** A county's yearly standard as entered; multipliers default to 1, uplifts to 0. */
public record ConscriptAllowanceDraft(@NotBlank String countyCode, int year, @NotBlank String indicatorName,
		@Positive long indicatorFen, @NotNull @Positive BigDecimal percent, @Nullable BigDecimal tibetMultiplier,
		@Nullable BigDecimal xinjiangMultiplier, @Nullable BigDecimal plateauMultiplier,
		@Nullable BigDecimal studentUplift, @Nullable BigDecimal collegeUplift, @Nullable BigDecimal bachelorUplift,
		@Nullable BigDecimal outstandingUplift, @Nullable BigDecimal thirdClassUplift,
		@Nullable BigDecimal secondClassUplift, @Nullable BigDecimal firstClassUplift,
		@Nullable BigDecimal honorTitleUplift, @Nullable BigDecimal augustFirstMedalUplift, @NotBlank String basis) {
}
