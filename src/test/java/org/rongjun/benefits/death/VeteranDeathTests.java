package org.rongjun.benefits.death;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rongjun.registry.DeathCause;
import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The effect of a veteran's death by its cause, 抚恤条例 Art 32 with Art 15 ¶2 and Art 13 ¶2.
 */
class VeteranDeathTests {

	static final DisabilityHeld FIRST_GRADE_COMBAT = new DisabilityHeld(1, "COMBAT");

	/**
	 * Art 32 ¶1 + Art 15 ¶2: a 一级因战 veteran dying of 旧伤复发 on 2025-02-10. By hand: 上一年度 =
	 * 2024, 全国城镇居民人均可支配收入 54,188 元 (国家统计局 2024 公报) × 20 = 1,083,760 元; 少尉基本工资 (a figure
	 * for the test, 3,500 元) × 40 = 140,000 元; 一次性抚恤金 = 1,223,760 元 = 122,376,000 fen. No
	 * 丧葬补助 months; survivors → 因公牺牲军人遗属 (22).
	 */
	@Test
	void oldInjuryOfACombatDisabilityPaysTheDutyDeathLumpSumAndNoFuneralMonths_Art32Para1_Art15Para2() {
		DeathEffect effect = new VeteranDeath(DeathCause.OLD_INJURY, LocalDate.of(2025, 2, 10),
				List.of(FIRST_GRADE_COMBAT))
			.effect(5_418_800L, 350_000L);
		assertThat(effect.lumpSumFen()).isEqualTo(122_376_000L);
		assertThat(effect.incomeYear()).isEqualTo(2024);
		assertThat(effect.funeralMonths()).isZero();
		assertThat(effect.survivorCategory()).isEqualTo("22");
		assertThat(effect.lumpSumBasis()).isEqualTo("2024年全国城镇居民人均可支配收入54188.00元×20＋少尉军官基本工资3500.00元×40个月＝1223760.00元");
	}

	/**
	 * Art 15 ¶2: without last year's figure the lump sum is not guessed; the gap is
	 * named.
	 */
	@Test
	void aMissingFigureLeavesTheLumpSumOpenAndNamesIt_Art15Para2() {
		DeathEffect effect = new VeteranDeath(DeathCause.OLD_INJURY, LocalDate.of(2027, 3, 1),
				List.of(FIRST_GRADE_COMBAT))
			.effect(null, 350_000L);
		assertThat(effect.lumpSumFen()).isNull();
		assertThat(effect.missingParameter()).isEqualTo("2026年全国城镇居民人均可支配收入");
	}

	/** Art 32 ¶1 speaks only of 因战、因公致残: an 因病 disability cannot die of 旧伤复发. */
	@Test
	void oldInjuryIsRefusedForAnIllnessDisability_Art32Para1() {
		assertThatThrownBy(() -> new VeteranDeath(DeathCause.OLD_INJURY, LocalDate.of(2025, 2, 10),
				List.of(new DisabilityHeld(6, "ILLNESS")))
			.effect(5_418_800L, 350_000L))
			.isInstanceOf(ProblemException.class)
			.satisfies((problem) -> assertThat(((ProblemException) problem).getBody().getProperties().get("errors"))
				.asString()
				.contains("cause")
				.contains("第三十二条第一款"));
	}

	/** Art 32 ¶2: 12 months; a 1–4级 因战/因公 veteran's survivors become 病故军人遗属 (23). */
	@Test
	void illnessPaysTwelveMonthsAndRegistersSurvivorsForFirstToFourthGradeInCombatOrOnDuty_Art32Para2() {
		DeathEffect combat = new VeteranDeath(DeathCause.ILLNESS, LocalDate.of(2026, 2, 10),
				List.of(FIRST_GRADE_COMBAT))
			.effect(null, null);
		assertThat(combat.funeralMonths()).isEqualTo(12);
		assertThat(combat.survivorCategory()).isEqualTo("23");
		assertThat(combat.lumpSumFen()).isNull();
		DeathEffect fifth = new VeteranDeath(DeathCause.ILLNESS, LocalDate.of(2026, 2, 10),
				List.of(new DisabilityHeld(5, "DUTY")))
			.effect(null, null);
		assertThat(fifth.funeralMonths()).isEqualTo(12);
		assertThat(fifth.survivorCategory()).isNull();
		DeathEffect illnessDisability = new VeteranDeath(DeathCause.ILLNESS, LocalDate.of(2026, 2, 10),
				List.of(new DisabilityHeld(2, "ILLNESS")))
			.effect(null, null);
		assertThat(illnessDisability.survivorCategory()).isNull();
	}

	/** Art 13 ¶2: a death not on a task counts as 病故, so Art 32 ¶2 applies. */
	@Test
	void anOtherCauseIsTreatedAsIllness_Art13Para2() {
		DeathEffect effect = new VeteranDeath(DeathCause.OTHER, LocalDate.of(2026, 2, 10), List.of(FIRST_GRADE_COMBAT))
			.effect(null, null);
		assertThat(effect.funeralMonths()).isEqualTo(12);
		assertThat(effect.article()).contains("第十三条第二款");
	}

	/** 因战/因公 after discharge goes to 烈士评定 or 因公牺牲确认; Art 32 pays nothing by itself. */
	@Test
	void aDeathInActionAwaitsItsAssessment_Art12() {
		DeathEffect effect = new VeteranDeath(DeathCause.DUTY, LocalDate.of(2026, 2, 10), List.of(FIRST_GRADE_COMBAT))
			.effect(5_418_800L, 350_000L);
		assertThat(effect.funeralMonths()).isZero();
		assertThat(effect.lumpSumFen()).isNull();
		assertThat(effect.effects()).anyMatch((line) -> line.contains("烈士评定"));
	}

}
