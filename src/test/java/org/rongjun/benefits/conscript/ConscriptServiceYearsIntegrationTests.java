package org.rongjun.benefits.conscript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 义务兵家庭优待金 per service year (兵役法 Art 26: 义务兵服现役的期限为二年; 兵役法 Art 50, 抚恤条例 Art 42: paid
 * while serving), not per calendar year touched.
 */
@IntegrationTest
class ConscriptServiceYearsIntegrationTests {

	static final String COUNTY = "330497000000";

	final ConscriptAllowances allowances;

	ConscriptServiceYearsIntegrationTests(ConscriptAllowances allowances) {
		this.allowances = allowances;
	}

	/**
	 * A conscript serving from 2025-09-15 to 2027-09-15 (two years, 兵役法 Art 26). By hand:
	 * service year 1 starts 2025-09-15 and is paid by the 2025 run, year 2 starts
	 * 2026-09-15 and is paid by the 2026 run; the 2027 run pays nothing (a third year
	 * would start on 2027-09-15, the discharge day). Each year's amount: 30,000 元 × 100 %
	 * = 3,000,000 fen. Before the fix, 2025, 2026 and 2027 each paid a full year: three
	 * years for two.
	 */
	@Test
	void aConscriptServingFromMidSeptemberForTwoYearsIsPaidTwoServiceYearsNotThree_MilitaryServiceLawArt26() {
		RegionScope scope = RegionScope.of(RegionCode.of(COUNTY));
		for (int year = 2025; year <= 2027; year++) {
			long id = this.allowances.enterStandard(new ConscriptAllowanceDraft(COUNTY, year, "上年度城乡居民人均消费支出（测试）",
					3_000_000L, new BigDecimal("100"), null, null, null, null, null, null, null, null, null, null, null,
					null, "浙江省军人军属权益保障条例第七条（测试标准）"), scope, "conscript.maker");
			this.allowances.approveStandard(id, scope, "conscript.checker");
		}
		long conscript = this.allowances
			.registerConscript(new ConscriptDraft("测试义务兵", COUNTY, LocalDate.of(2025, 9, 15), LocalDate.of(2027, 9, 15),
					ServiceArea.ORDINARY, EducationLevel.OTHER, null, "父亲"), scope, "conscript.maker");
		List<Integer> paidYears = new java.util.ArrayList<>();
		long total = 0;
		for (int year = 2025; year <= 2027; year++) {
			for (ConscriptAllowanceLine line : this.allowances.runYear(COUNTY, year, scope, "conscript.maker")) {
				if (line.conscriptId() == conscript) {
					paidYears.add(line.year());
					total += line.amountFen();
				}
			}
		}
		assertThat(paidYears).containsExactly(2025, 2026);
		assertThat(total).isEqualTo(2 * 3_000_000L);
	}

	/**
	 * A conscript discharged before his first anniversary serves one service year only.
	 */
	@Test
	void aConscriptDischargedBeforeHisAnniversaryIsPaidOneServiceYear_MilitaryServiceLawArt26() {
		RegionScope scope = RegionScope.of(RegionCode.of("330498000000"));
		for (int year = 2025; year <= 2026; year++) {
			long id = this.allowances.enterStandard(new ConscriptAllowanceDraft("330498000000", year,
					"上年度城乡居民人均消费支出（测试）", 3_000_000L, new BigDecimal("100"), null, null, null, null, null, null, null,
					null, null, null, null, null, "浙江省军人军属权益保障条例第七条（测试标准）"), scope, "conscript.maker");
			this.allowances.approveStandard(id, scope, "conscript.checker");
		}
		long conscript = this.allowances.registerConscript(
				new ConscriptDraft("提前退役", "330498000000", LocalDate.of(2025, 9, 15), LocalDate.of(2026, 6, 1),
						ServiceArea.ORDINARY, EducationLevel.OTHER, null, "母亲"),
				scope, "conscript.maker");
		assertThat(this.allowances.runYear("330498000000", 2025, scope, "conscript.maker"))
			.anyMatch((line) -> line.conscriptId() == conscript);
		assertThat(this.allowances.runYear("330498000000", 2026, scope, "conscript.maker"))
			.noneMatch((line) -> line.conscriptId() == conscript);
	}

}
