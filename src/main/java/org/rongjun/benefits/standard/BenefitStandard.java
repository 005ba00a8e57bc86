package org.rongjun.benefits.standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;

/**
 * One version of a benefit standard (抚恤补助标准) for an entitlement key, set at a region
 * level and in force from a month on. {@code component} is BASE or a local add-on
 * (NURSING 护理费, LONELY_ELDERLY 孤老, TIBET 进藏 …); a month's amount is the sum of the
 * components.
 */
public record BenefitStandard(long id, BenefitType benefitType, String category, int disabilityGrade,
		String disabilityCause, String householdType, String regionCode, String component, LocalDate effectiveFrom,
		@Nullable Long annualFen, @Nullable BigDecimal percent, @Nullable Long indicatorFen,
		@Nullable String indicatorName, long monthlyFen, String basis, StandardStatus status, String createdBy,
		Instant createdAt, @Nullable String decidedBy, @Nullable Instant decidedAt) {
}
