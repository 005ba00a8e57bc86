package org.rongjun.benefits.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Fen;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.ProblemException;

/**
 * A standard as entered: either a yearly amount in fen (元/年 × 100, as standards are
 * published) or a percentage of a local monthly indicator (护理费 as % of
 * 当地上一年度城镇单位就业人员月平均工资, 抚恤条例 Art 34).
 */
public record StandardDraft(@NotNull BenefitType benefitType, @NotBlank @Size(max = 10) String category,
		@Nullable Integer disabilityGrade, @Nullable String disabilityCause, @Nullable String householdType,
		@NotBlank String regionCode, @Nullable String component,
		@NotNull @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 5) LocalDate effectiveFrom,
		@Nullable @Fen Long annualFen, @Nullable @Positive @DecimalMax("100") BigDecimal percent,
		@Nullable @Fen Long indicatorFen, @Nullable String indicatorName, @NotBlank @Size(max = 300) String basis) {

	/** One month of this standard, in fen, rounded half up. */
	long monthlyFen() {
		if (this.annualFen != null && this.percent == null) {
			if (this.annualFen < 0) {
				throw ProblemException.invalidField("annualFen", "金额不能为负数");
			}
			return BigDecimal.valueOf(this.annualFen)
				.divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
				.longValue();
		}
		if (this.annualFen == null && this.percent != null && this.indicatorFen != null) {
			if (this.percent.signum() <= 0 || this.indicatorFen <= 0) {
				throw ProblemException.invalidField("percent", "比例和指标须大于零");
			}
			return this.percent.multiply(BigDecimal.valueOf(this.indicatorFen))
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
				.longValue();
		}
		throw ProblemException.invalidField("annualFen", "请填写年标准金额，或填写比例及当地指标（二选一）");
	}

}
