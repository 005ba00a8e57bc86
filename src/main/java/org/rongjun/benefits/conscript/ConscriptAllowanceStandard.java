package org.rongjun.benefits.conscript;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.MeritAward;

/**
 * A county's 义务兵家庭优待金 standard for a year: a configured percentage of a configured local
 * income indicator (浙江省军人军属权益保障条例 Art 7: 以当地上年度城乡居民人均消费支出为基础; 兵役法 Art 50: 标准由地方人民政府制定),
 * multipliers for hardship areas and uplifts for education and merit (德安县's rule,
 * docs/rules.md: 进藏×3, 进疆×2; 本科/大专/在校 +30/20/10%; 一等功 +100% …). Percentages are of the
 * base amount.
 */
public record ConscriptAllowanceStandard(String countyCode, int year, String indicatorName, long indicatorFen,
		BigDecimal percent, Map<ServiceArea, BigDecimal> areaMultipliers,
		Map<EducationLevel, BigDecimal> educationUplifts, Map<MeritAward, BigDecimal> meritUplifts) {

	/**
	 * amount = indicator × percent × area multiplier × (1 + education uplift + merit
	 * uplift), rounded half up to the fen, with the formula written out.
	 */
	public ConscriptAllowance allowanceFor(ServiceArea area, EducationLevel education, @Nullable MeritAward merit) {
		BigDecimal base = BigDecimal.valueOf(this.indicatorFen)
			.multiply(this.percent)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
		BigDecimal multiplier = this.areaMultipliers.getOrDefault(area, BigDecimal.ONE);
		BigDecimal educationUplift = this.educationUplifts.getOrDefault(education, BigDecimal.ZERO);
		BigDecimal meritUplift = (merit != null) ? this.meritUplifts.getOrDefault(merit, BigDecimal.ZERO)
				: BigDecimal.ZERO;
		BigDecimal factor = BigDecimal.ONE.add(educationUplift.add(meritUplift).divide(BigDecimal.valueOf(100)));
		long amount = base.multiply(multiplier).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValue();
		StringBuilder explanation = new StringBuilder().append(this.indicatorName)
			.append(' ')
			.append(yuan(this.indicatorFen))
			.append("元 × ")
			.append(this.percent.stripTrailingZeros().toPlainString())
			.append("% = ")
			.append(yuan(base.longValue()))
			.append('元');
		if (multiplier.compareTo(BigDecimal.ONE) != 0) {
			explanation.append("；")
				.append(area.label())
				.append(" ×")
				.append(multiplier.stripTrailingZeros().toPlainString());
		}
		if (educationUplift.signum() != 0) {
			explanation.append("；")
				.append(education.label())
				.append(" +")
				.append(educationUplift.stripTrailingZeros().toPlainString())
				.append('%');
		}
		if (merit != null && meritUplift.signum() != 0) {
			explanation.append("；")
				.append(merit.label())
				.append(" +")
				.append(meritUplift.stripTrailingZeros().toPlainString())
				.append('%');
		}
		explanation.append(" → ").append(yuan(amount)).append('元');
		return new ConscriptAllowance(amount, explanation.toString());
	}

	static String yuan(long fen) {
		return BigDecimal.valueOf(fen, 2).toPlainString();
	}

	/** The amount and how it was computed. */
	public record ConscriptAllowance(long amountFen, String explanation) {
	}

}
