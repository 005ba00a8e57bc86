package org.rongjun.benefits.payment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.standard.BenefitStandards;
import org.rongjun.benefits.standard.StandardDraft;
import org.rongjun.registry.DeathCause;
import org.rongjun.registry.SyntheticEntitlements;
import org.rongjun.registry.lifeevents.DeathReport;
import org.rongjun.registry.lifeevents.DeathService;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What a disabled veteran's death pays by its cause, through real runs (抚恤条例 Art 32 ¶1
 * and ¶2, Art 15 ¶2). Worked examples of issue 12 item 9, computed by hand in each test's
 * comment. The demo national standard of 一级因战 is 124,410 元/年 from 2023-08 = 1,036,750 fen
 * a month; 六级因病 36,230 元/年 = 301,917 fen a month (rounded to the fen).
 */
@IntegrationTest
class DeathByCauseIntegrationTests {

	static final long FIRST_GRADE_COMBAT_MONTH = 1_036_750L;

	final PaymentRuns runs;

	final SyntheticEntitlements people;

	final DeathService deaths;

	final BenefitStandards standards;

	final JdbcClient jdbc;

	DeathByCauseIntegrationTests(PaymentRuns runs, SyntheticEntitlements people, DeathService deaths,
			BenefitStandards standards, JdbcClient jdbc) {
		this.runs = runs;
		this.people = people;
		this.deaths = deaths;
		this.standards = standards;
		this.jdbc = jdbc;
	}

	/**
	 * Art 32 ¶2: a 一级因战 veteran dies of illness on 2026-02-10 and is reported three
	 * months later, after the May run (January–May each paid by its run). By hand:
	 * February, the death month, is his own last month (1,036,750 fen); the 丧葬补助 is the
	 * 12 months March 2026–February 2027 at what he received, 1,036,750 fen each =
	 * 12,441,000 fen. March, April and May were paid already and count; the June run pays
	 * June 2026–February 2027 = 9 × 1,036,750 = 9,330,750 fen. Nothing is overpaid. His
	 * survivors are to be registered for 病故军人遗属定期抚恤金 (一至四级因战).
	 */
	@Test
	void aFirstGradeCombatVeteranDyingOfIllnessReportedThreeMonthsLaterGetsTwelveMonthsInAll_Art32Para2()
			throws Exception {
		String county = "330491000000";
		this.people.seed("ill1", county, "11", 1, "COMBAT", 1);
		long veteran = this.people.veteranId("ill1", 1);
		long beneficiary = this.people.beneficiaryId(veteran);
		for (int month = 1; month <= 5; month++) {
			prepare(county, YearMonth.of(2026, month), 1);
		}
		this.deaths.recordDeath(veteran, new DeathReport(LocalDate.of(2026, 2, 10), "医院证明", null, YearMonth.of(2026, 5),
				DeathCause.ILLNESS, "死亡医学证明 2026-0210"), scope(county), "death.staff");
		PaymentRun june = prepare(county, YearMonth.of(2026, 6), 1);
		assertThat(lines(june.id())).hasSize(9).allSatisfy((line) -> {
			assertThat(line.get("kind")).isEqualTo("FUNERAL");
			assertThat(line.get("amount_fen")).isEqualTo(FIRST_GRADE_COMBAT_MONTH);
		});
		assertThat(june.totalFen()).isEqualTo(9_330_750L);
		assertThat(paidAfter(beneficiary, "2026-02-01")).isEqualTo(12_441_000L);
		assertThat(survivorCategory(veteran)).isEqualTo("23");
		assertThat(this.jdbc.sql("select count(*) from benefits.overpayment where beneficiary_id = :b")
			.param("b", beneficiary)
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Art 32 ¶1 with Art 15 ¶2: the same veteran's death from 旧伤复发 (2025-02-10, reported
	 * after the May 2025 run). By hand: 一次性抚恤金 = 2024 全国城镇居民人均可支配收入 54,188 元 × 20 +
	 * 少尉基本工资 × 40 (3,500 元 entered for this test: the real figure is not published) =
	 * 1,083,760 + 140,000 = 1,223,760 元 = 122,376,000 fen. No 丧葬补助 months (¶2 is for
	 * illness), so March–May 2025, paid after his death, are 3 × 1,036,750 = 3,110,250
	 * fen to recover, and the June run pays him nothing. Survivors → 因公牺牲军人遗属 (22).
	 */
	@Test
	void theSameDeathFromAnOldInjuryPaysTheDutyDeathLumpSumInsteadOfFuneralMonths_Art32Para1() throws Exception {
		this.jdbc.sql("""
				insert into benefits.standard_parameter (code, effective_from, value_fen, source, entered_by)
				values ('SECOND_LIEUTENANT_BASE_PAY', date '2000-01-01', 350000, '测试用数值（非公布标准）', 'test')
				on conflict do nothing
				""").update();
		String county = "330492000000";
		this.people.seed("injury1", county, "11", 1, "COMBAT", 1);
		long veteran = this.people.veteranId("injury1", 1);
		long beneficiary = this.people.beneficiaryId(veteran);
		for (int month = 1; month <= 5; month++) {
			prepare(county, YearMonth.of(2025, month), 1);
		}
		this.deaths.recordDeath(veteran, new DeathReport(LocalDate.of(2025, 2, 10), "医院证明", null, YearMonth.of(2025, 5),
				DeathCause.OLD_INJURY, "旧伤复发鉴定 2025-01"), scope(county), "death.staff");
		Map<String, Object> effect = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select * from benefits.death_effect where veteran_id = :v")
				.param("v", veteran)
				.query()
				.listOfRows(), (rows) -> !rows.isEmpty())
			.get(0);
		assertThat(effect.get("lump_sum_fen")).isEqualTo(122_376_000L);
		assertThat(effect.get("income_year")).isEqualTo(2024);
		assertThat(effect.get("survivor_category")).isEqualTo("22");
		Map<String, Object> overpayment = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("select first_month, last_month, amount_fen from benefits.overpayment where beneficiary_id = :b")
				.param("b", beneficiary)
				.query()
				.listOfRows(), (rows) -> !rows.isEmpty())
			.get(0);
		assertThat(overpayment.get("first_month").toString()).isEqualTo("2025-03-01");
		assertThat(overpayment.get("last_month").toString()).isEqualTo("2025-05-01");
		assertThat(overpayment.get("amount_fen")).isEqualTo(3_110_250L);
		assertThat(prepare(county, YearMonth.of(2025, 6), 1).lineCount()).isZero();
	}

	/** Art 32 ¶1 speaks of 因战、因公致残 only: 旧伤复发 is refused for an 因病 disability. */
	@Test
	void anOldInjuryDeathOfAnIllnessDisabilityIsRefused_Art32Para1() {
		String county = "330495000000";
		this.people.seed("injury2", county, "11", 6, "ILLNESS", 1);
		long veteran = this.people.veteranId("injury2", 1);
		assertThatThrownBy(() -> this.deaths.recordDeath(veteran,
				new DeathReport(LocalDate.of(2026, 3, 1), "医院证明", null, null, DeathCause.OLD_INJURY, null),
				scope(county), "death.staff"))
			.isInstanceOf(ProblemException.class)
			.satisfies((problem) -> assertThat(fieldErrors(problem)).contains("cause").contains("第三十二条第一款"));
		assertThatThrownBy(() -> this.deaths.recordDeath(veteran,
				new DeathReport(LocalDate.of(2026, 3, 1), "医院证明", null, null), scope(county), "death.staff"))
			.isInstanceOf(ProblemException.class)
			.satisfies((problem) -> assertThat(fieldErrors(problem)).contains("cause").contains("请选择死亡原因"));
	}

	/**
	 * Art 32 ¶2: the death month is paid the same whether the death is recorded before or
	 * after that month's run. Two 一级因战 veterans die of illness on 2026-06-10; the first
	 * is recorded before the June run, the second after it. By hand, each: June (his last
	 * month) 1,036,750 + 12 funeral months July 2026–June 2027 × 1,036,750 = 13 ×
	 * 1,036,750 = 13,477,750 fen.
	 */
	@Test
	void theDeathMonthIsPaidTheSameWhetherRecordedBeforeOrAfterItsRun_Art32Para2() throws Exception {
		String county = "330493000000";
		this.people.seed("deathmonth", county, "11", 1, "COMBAT", 2);
		long before = this.people.veteranId("deathmonth", 1);
		long after = this.people.veteranId("deathmonth", 2);
		prepare(county, YearMonth.of(2026, 5), 1);
		this.deaths.recordDeath(before,
				new DeathReport(LocalDate.of(2026, 6, 10), "医院证明", null, null, DeathCause.ILLNESS, null), scope(county),
				"death.staff");
		prepare(county, YearMonth.of(2026, 6), 1);
		this.deaths.recordDeath(after, new DeathReport(LocalDate.of(2026, 6, 10), "医院证明", null, YearMonth.of(2026, 6),
				DeathCause.ILLNESS, null), scope(county), "death.staff");
		prepare(county, YearMonth.of(2026, 7), 1);
		for (long veteran : List.of(before, after)) {
			long beneficiary = this.people.beneficiaryId(veteran);
			assertThat(paidAfter(beneficiary, "2026-05-01")).isEqualTo(13_477_750L);
			assertThat(this.jdbc
				.sql("""
						select kind from benefits.payment_line where beneficiary_id = :b and period_month = date '2026-06-01'
						""")
				.param("b", beneficiary)
				.query(String.class)
				.single()).isEqualTo("REGULAR");
		}
	}

	/**
	 * Art 32 ¶2 ("其原享受的残疾抚恤金"): a standard raised after the death does not raise the
	 * funeral months. A 六级因病 veteran dies on 2026-04-03 receiving 301,917 fen a month;
	 * the county raises 六级因病 to 48,000 元/年 (400,000 fen a month) from July 2026. By hand:
	 * the May run pays May 2026–April 2027, 12 × 301,917 = 3,623,004 fen, and no later
	 * run tops them up.
	 */
	@Test
	void aStandardRaisedAfterTheDeathDoesNotRaiseTheFuneralMonths_Art32Para2() throws Exception {
		String county = "330494000000";
		this.people.seed("raised", county, "11", 6, "ILLNESS", 1);
		long veteran = this.people.veteranId("raised", 1);
		RegionScope scope = scope(county);
		this.deaths.recordDeath(veteran,
				new DeathReport(LocalDate.of(2026, 4, 3), "医院证明", null, null, DeathCause.ILLNESS, null), scope,
				"death.staff");
		long raised = this.standards
			.enter(new StandardDraft(BenefitType.DISABILITY_PENSION, "11", 6, "ILLNESS", null, county, null,
					LocalDate.of(2026, 7, 1), 4_800_000L, null, null, null, "六级因病残疾抚恤金（县 2026 调标，测试）"), scope,
					"standard.maker")
			.id();
		this.standards.approve(raised, scope, "standard.checker");
		PaymentRun may = prepare(county, YearMonth.of(2026, 5), 1);
		assertThat(lines(may.id())).hasSize(12)
			.allSatisfy((line) -> assertThat(line.get("amount_fen")).isEqualTo(301_917L));
		assertThat(may.totalFen()).isEqualTo(3_623_004L);
		PaymentRun august = prepare(county, YearMonth.of(2026, 8), 1);
		assertThat(august.lineCount()).isZero();
	}

	/**
	 * 褒扬条例 Art 23 ¶2: a 烈士子女 receiving 定期生活补助 (B1) dies on 2026-03-10; the subsidy
	 * continues 6 months as 丧葬补助费. By hand, with a county standard of 12,000 元/年 =
	 * 100,000 fen a month: April–September 2026, 6 × 100,000 = 600,000 fen.
	 */
	@Test
	void aMartyrsChildsSubsidyContinuesSixMonths_MartyrsArt23() throws Exception {
		String county = "330496000000";
		RegionScope scope = scope(county);
		long standard = this.standards
			.enter(new StandardDraft(BenefitType.LIVING_SUBSIDY, "B1", null, null, null, county, null,
					LocalDate.of(2025, 1, 1), 1_200_000L, null, null, null, "烈士子女定期生活补助（县标准，测试）"), scope,
					"standard.maker")
			.id();
		this.standards.approve(standard, scope, "standard.checker");
		this.people.seed("martyrchild", county, "B1", 1);
		long child = this.people.veteranId("martyrchild", 1);
		this.deaths.recordDeath(child,
				new DeathReport(LocalDate.of(2026, 3, 10), "医院证明", null, null, DeathCause.ILLNESS, null), scope,
				"death.staff");
		PaymentRun april = this.runs.prepareNow(
				new PrepareRequest(BenefitType.LIVING_SUBSIDY, county, YearMonth.of(2026, 4), 1), "death.maker");
		assertThat(lines(april.id())).hasSize(6).allSatisfy((line) -> {
			assertThat(line.get("kind")).isEqualTo("FUNERAL");
			assertThat(line.get("amount_fen")).isEqualTo(100_000L);
		});
		assertThat(april.totalFen()).isEqualTo(600_000L);
	}

	private PaymentRun prepare(String region, YearMonth first, int months) throws Exception {
		return this.runs.prepareNow(new PrepareRequest(BenefitType.DISABILITY_PENSION, region, first, months),
				"death.maker");
	}

	private static String fieldErrors(Throwable problem) {
		return String.valueOf(((ProblemException) problem).getBody().getProperties().get("errors"));
	}

	private static RegionScope scope(String county) {
		return RegionScope.of(RegionCode.of(county));
	}

	private List<Map<String, Object>> lines(long run) {
		return this.jdbc.sql("select * from benefits.payment_line where run_id = :run order by period_month")
			.param("run", run)
			.query()
			.listOfRows();
	}

	private long paidAfter(long beneficiary, String month) {
		return this.jdbc.sql("""
				select coalesce(sum(amount_fen), 0) from benefits.payment_line
				where beneficiary_id = :b and period_month > cast(:month as date) and attempt = 0
				""").param("b", beneficiary).param("month", month).query(Long.class).single();
	}

	private String survivorCategory(long veteran) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select survivor_category from benefits.death_effect where veteran_id = :v")
				.param("v", veteran)
				.query(String.class)
				.optional(), (found) -> found.isPresent())
			.get();
	}

}
