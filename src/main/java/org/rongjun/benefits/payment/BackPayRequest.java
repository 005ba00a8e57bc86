package org.rongjun.benefits.payment;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rongjun.shared.PlausibleDate;
import org.rongjun.benefits.BenefitType;

/**
 * 补发 of the months {@code firstMonth}..{@code lastMonth} a paused beneficiary was not
 * paid.
 */
public record BackPayRequest(long beneficiaryId, @NotNull BenefitType benefitType,
		@NotNull @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 10) YearMonth firstMonth,
		@NotNull @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 10) YearMonth lastMonth,
		@NotBlank @Size(max = 500) String reason) {
}
