package org.rongjun.benefits.conscript;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.MeritAward;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 义务兵家庭优待金 formula (兵役法 Art 50, 浙江省军人军属权益保障条例 Art 7), checked against the 德安县 example
 * (docs/rules.md, benefits): 37,008 元 × 40%; 进藏 ×3, 进疆 ×2; 本科 +30%, 大专 +20%, 在校 +10%; 一等功
 * +100%, 二等功 +50%, 三等功 +20%.
 */
class ConscriptAllowanceStandardTests {

	static final ConscriptAllowanceStandard DEAN = new ConscriptAllowanceStandard("360426000000", 2020,
			"上年度城镇居民人均可支配收入", 3_700_800L, new BigDecimal("40"),
			Map.of(ServiceArea.TIBET, new BigDecimal("3"), ServiceArea.XINJIANG, new BigDecimal("2")),
			Map.of(EducationLevel.BACHELOR, new BigDecimal("30"), EducationLevel.COLLEGE, new BigDecimal("20"),
					EducationLevel.STUDENT, new BigDecimal("10")),
			Map.of(MeritAward.FIRST_CLASS_MERIT, new BigDecimal("100"), MeritAward.SECOND_CLASS_MERIT,
					new BigDecimal("50"), MeritAward.THIRD_CLASS_MERIT, new BigDecimal("20")));

	@Test
	void theBaseIsTheConfiguredPercentOfTheLocalIndicator() {
		var allowance = DEAN.allowanceFor(ServiceArea.ORDINARY, EducationLevel.OTHER, null);
		assertThat(allowance.amountFen()).isEqualTo(1_480_320L);
		assertThat(allowance.explanation()).isEqualTo("上年度城镇居民人均可支配收入 37008.00元 × 40% = 14803.20元 → 14803.20元");
	}

	@Test
	void serviceInTibetMultipliesAndEducationAndMeritUpliftsAddPercentagesOfTheBase() {
		var allowance = DEAN.allowanceFor(ServiceArea.TIBET, EducationLevel.BACHELOR, MeritAward.FIRST_CLASS_MERIT);
		// 14,803.20 × 3 × (1 + 30% + 100%)
		assertThat(allowance.amountFen()).isEqualTo(10_214_208L);
		assertThat(allowance.explanation()).contains("西藏 ×3").contains("本科及以上毕业 +30%").contains("一等功 +100%");
	}

	@Test
	void xinjiangDoublesAndAThirdClassMeritAddsTwentyPercent() {
		var allowance = DEAN.allowanceFor(ServiceArea.XINJIANG, EducationLevel.OTHER, MeritAward.THIRD_CLASS_MERIT);
		assertThat(allowance.amountFen()).isEqualTo(3_552_768L);
	}

	@Test
	void aRateWithoutMultiplierForTheAreaPaysTheBase() {
		var allowance = DEAN.allowanceFor(ServiceArea.PLATEAU, EducationLevel.OTHER, null);
		assertThat(allowance.amountFen()).isEqualTo(1_480_320L);
	}

}
