package org.rongjun.benefits.payment;

import java.time.YearMonth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.rongjun.shared.PlausibleDate;
import org.rongjun.benefits.BenefitType;

/**
 * Prepare a run of {@code benefitType} for {@code months} months from {@code firstMonth}.
 */
public record PrepareRequest(@NotNull BenefitType benefitType, @NotBlank String regionCode,
		@NotNull @PlausibleDate(earliest = "2000-01-01", yearsAhead = 10) YearMonth firstMonth,
		@Min(1) @Max(24) int months) {
}
