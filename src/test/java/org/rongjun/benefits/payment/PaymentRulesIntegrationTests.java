package org.rongjun.benefits.payment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.standard.BenefitStandard;
import org.rongjun.benefits.standard.BenefitStandards;
import org.rongjun.benefits.standard.StandardDraft;
import org.rongjun.registry.BeneficiaryService;
import org.rongjun.registry.HouseholdType;
import org.rongjun.registry.SyntheticEntitlements;
import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.beneficiary.PaymentAttributes;
import org.rongjun.registry.beneficiary.StatusChangeRequest;
import org.rongjun.registry.lifeevents.DeathReport;
import org.rongjun.registry.lifeevents.DeathService;
import org.rongjun.registry.lifeevents.TransferDraft;
import org.rongjun.registry.lifeevents.TransferRequest;
import org.rongjun.registry.lifeevents.TransferService;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.DatabaseRefusal;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rongjun.support.Today.TODAY;

/**
 * The benefit rules through real runs on the embedded database. Each test seeds its own
 * people in its own made-up county, so runs do not meet. Amounts: the demo national
 * standards (DemoStandardSeeder names each one's source).
 */
@IntegrationTest
@CalendarSensitive
class PaymentRulesIntegrationTests {

	final PaymentRuns runs;

	final PaymentRunReports reports;

	final BenefitStandards standards;

	final SyntheticEntitlements people;

	final DeathService deaths;

	final TransferService transfers;

	final BeneficiaryService beneficiaries;

	final JdbcClient jdbc;

	PaymentRulesIntegrationTests(PaymentRuns runs, PaymentRunReports reports, BenefitStandards standards,
			SyntheticEntitlements people, DeathService deaths, TransferService transfers,
			BeneficiaryService beneficiaries, JdbcClient jdbc) {
		this.beneficiaries = beneficiaries;
		this.runs = runs;
		this.reports = reports;
		this.standards = standards;
		this.people = people;
		this.deaths = deaths;
		this.transfers = transfers;
		this.jdbc = jdbc;
	}

	@Test
	void eachMonthIsPaidAtTheStandardInForceThatMonthPlusTheLocalNursingAddOn() throws Exception {
		String county = "330481000000";
		this.people.seed("bydate", county, "11", 1, "COMBAT", 2);
		// 2023-07 under table A (116,270 元/年), 2023-08 under the 2023 standard (124,410
		// 元/年), both plus 护理费 only where the county sets one (none here: 330481 is not
		// 嘉善县)
		PaymentRun run = prepare(BenefitType.DISABILITY_PENSION, county, YearMonth.of(2023, 7), 2);
		assertThat(amounts(run.id(), "2023-07-01")).containsOnly(968_917L);
		assertThat(amounts(run.id(), "2023-08-01")).containsOnly(1_036_750L);
		assertThat(run.totalFen()).isEqualTo(2 * (968_917L + 1_036_750L));
		assertThat(explanation(run.id(), "2023-08-01")).contains("标准#").contains("2023-08起");
	}

	@Test
	void theNursingAddOnOfTheDemoCountyIsAddedToTheNationalBase() throws Exception {
		// 嘉善县 护理费 50% × 10,000 元 (demo indicator, 抚恤条例 Art 34: 因战 1–2级 50%)
		String village = "330421001001";
		this.people.seed("nursing", village, "11", 1, "COMBAT", 1);
		long beneficiary = this.people.beneficiaryId(this.people.veteranId("nursing", 1));
		PaymentRun run = prepare(BenefitType.DISABILITY_PENSION, village, YearMonth.of(2029, 5), 1);
		assertThat(this.jdbc
			.sql("select amount_fen from benefits.payment_line where run_id = :run and beneficiary_id = :b")
			.param("run", run.id())
			.param("b", beneficiary)
			.query(Long.class)
			.single()).isEqualTo(1_036_750L + 500_000L);
	}

	@Test
	void aStandardRaisedWithAPastEffectiveMonthIsToppedUpInTheNextRunWithTheDifferenceExplained() throws Exception {
		String county = "330482000000";
		this.people.seed("topup", county, "23", 3);
		// 病故军人遗属 20,550 元/年 = 171,250 fen a month, paid for Jan–Mar 2030
		prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2030, 1), 3);
		// 调标: the county raises it to 24,000 元/年 from February, approved in April
		BenefitStandard raised = this.standards.enter(
				new StandardDraft(BenefitType.SURVIVOR_PENSION, "23", null, null, null, county, null,
						LocalDate.of(2030, 2, 1), 2_400_000L, null, null, null, "病故军人遗属定期抚恤金（县 2030 调标）"),
				RegionScope.of(RegionCode.of(county)), "standard.maker");
		// two-person rule: the author cannot approve it
		assertThatThrownBy(
				() -> this.standards.approve(raised.id(), RegionScope.of(RegionCode.of(county)), "standard.maker"))
			.isInstanceOf(ProblemException.class);
		this.standards.approve(raised.id(), RegionScope.of(RegionCode.of(county)), "standard.checker");

		PaymentRun april = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2030, 4), 1);
		List<Map<String, Object>> topUps = this.jdbc.sql("""
				select period_month, amount_fen, basis, note from benefits.payment_line
				where run_id = :run and kind = 'TOP_UP' order by beneficiary_id, period_month
				""").param("run", april.id()).query().listOfRows();
		assertThat(topUps).hasSize(3 * 2);
		assertThat(topUps).allSatisfy((line) -> {
			assertThat(line.get("amount_fen")).isEqualTo(200_000L - 171_250L);
			assertThat(line.get("basis")).isEqualTo(raised.id());
			assertThat((String) line.get("note")).startsWith("补发（调标）").contains("应发2000.00元，已发1712.50元，补发287.50元");
		});
		assertThat(amounts(april.id(), "2030-04-01")).contains(200_000L);
		// and once only: the next run finds nothing more to top up
		PaymentRun may = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2030, 5), 1);
		assertThat(this.jdbc.sql("select count(*) from benefits.payment_line where run_id = :run and kind = 'TOP_UP'")
			.param("run", may.id())
			.query(Long.class)
			.single()).isZero();
	}

	/** 抚恤条例 Art 22: 定期抚恤金 continues 6 months after the recipient's death as 丧葬补助. */
	@Test
	void survivorPensionStopsAfterDeathAndPaysSixFuneralMonths_Art22() throws Exception {
		String county = "330483000000";
		this.people.seed("funeral6", county, "21", 1);
		long veteran = this.people.veteranId("funeral6", 1);
		prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2026, 1), 2);
		this.deaths.recordDeath(veteran, new DeathReport(LocalDate.of(2026, 2, 10), "医院证明", null, null),
				RegionScope.of(RegionCode.of(county)), "funeral.staff");
		PaymentRun march = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2026, 3), 1);
		List<Map<String, Object>> lines = lines(march.id());
		assertThat(lines).extracting((line) -> line.get("kind")).containsOnly("FUNERAL");
		assertThat(lines).extracting((line) -> line.get("period_month").toString())
			.containsExactly("2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01");
		assertThat(march.totalFen()).isEqualTo(6 * 212_000L);
	}

	/** 抚恤条例 Art 32: 残疾抚恤金 continues 12 months after death by illness as 丧葬补助. */
	@Test
	void disabilityPensionPaysTwelveFuneralMonthsOnDeathByIllness_Art32() throws Exception {
		String county = "330484000000";
		this.people.seed("funeral12", county, "11", 6, "ILLNESS", 1);
		long veteran = this.people.veteranId("funeral12", 1);
		this.deaths.recordDeath(veteran, new DeathReport(LocalDate.of(2026, 4, 3), "医院证明", null, null),
				RegionScope.of(RegionCode.of(county)), "funeral.staff");
		PaymentRun may = prepare(BenefitType.DISABILITY_PENSION, county, YearMonth.of(2026, 5), 1);
		assertThat(lines(may.id())).hasSize(12).allSatisfy((line) -> assertThat(line.get("kind")).isEqualTo("FUNERAL"));
		// 六级因病 36,230 元/年 = 301,917 fen a month
		assertThat(may.totalFen()).isEqualTo(12 * 301_917L);
	}

	/**
	 * 抚恤条例 Art 22 and Art 58 (追缴): a death reported late; months beyond the 6 funeral
	 * months that were paid anyway are an overpayment to recover, and no funeral month is
	 * paid twice.
	 */
	@Test
	void aDeathReportedLateRecordsTheMonthsPaidBeyondTheFuneralMonthsForRecovery_Art22Art58() throws Exception {
		String county = "330485000000";
		this.people.seed("late", county, "21", 1);
		long veteran = this.people.veteranId("late", 1);
		long beneficiary = this.people.beneficiaryId(veteran);
		prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2025, 1), 12);
		this.deaths.recordDeath(veteran,
				new DeathReport(LocalDate.of(2025, 3, 15), "公安户籍注销", null, YearMonth.of(2025, 12)),
				RegionScope.of(RegionCode.of(county)), "late.staff");
		// benefits hears of the death after the registry committed it (ADR 0022)
		Map<String, Object> overpayment = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("select first_month, last_month, amount_fen from benefits.overpayment where beneficiary_id = :b")
				.param("b", beneficiary)
				.query()
				.listOfRows(), (rows) -> !rows.isEmpty())
			.get(0);
		// April–September are the funeral months; October–December were overpaid
		assertThat(overpayment.get("first_month").toString()).isEqualTo("2025-10-01");
		assertThat(overpayment.get("last_month").toString()).isEqualTo("2025-12-01");
		assertThat(overpayment.get("amount_fen")).isEqualTo(3 * 212_000L);
		PaymentRun next = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2026, 1), 1);
		assertThat(next.lineCount()).isZero();
	}

	/**
	 * 褒扬条例 Art 22: after a transfer the old area pays through December, the new one from
	 * January.
	 */
	@Test
	void aTransferredHouseholdIsPaidByTheOldAreaThroughDecemberAndByTheNewFromJanuary_Art22() throws Exception {
		long beneficiary = this.people.beneficiaryId(movedFromXitangToDayun("moved").veteranId());
		int approvedYear = TODAY.getYear();
		YearMonth december = YearMonth.of(approvedYear, 12);
		YearMonth january = december.plusMonths(1);

		assertThat(paidIn(prepare(BenefitType.SURVIVOR_PENSION, XITANG_VILLAGE, december, 1), beneficiary)).isTrue();
		assertThat(paidIn(prepare(BenefitType.SURVIVOR_PENSION, DAYUN_VILLAGE, december, 1), beneficiary)).isFalse();
		assertThat(paidIn(prepare(BenefitType.SURVIVOR_PENSION, XITANG_VILLAGE, january, 1), beneficiary)).isFalse();
		assertThat(paidIn(prepare(BenefitType.SURVIVOR_PENSION, DAYUN_VILLAGE, january, 1), beneficiary)).isTrue();
	}

	/**
	 * The cut-over is registry's rule (PaymentCutOver), stored with the approval; runs
	 * follow what the published view says rather than deriving it again.
	 */
	@Test
	void runsFollowTheCutOverTheRegistryStoredWithTheTransfer_Art22() throws Exception {
		TransferRequest request = movedFromXitangToDayun("cutover");
		long veteran = request.veteranId();
		long beneficiary = this.people.beneficiaryId(veteran);
		assertThat(this.jdbc
			.sql("select old_region_pays_through from registry.household_transfer where veteran_id = :veteran")
			.param("veteran", veteran)
			.query(LocalDate.class)
			.single()).isEqualTo(YearMonth.of(TODAY.getYear(), 12).atDay(1));

		// were the stored month earlier, the new area would pay December already
		this.jdbc.sql("""
				update registry.transfer_request set old_region_pays_through = :november where id = :id
				""").param("november", YearMonth.of(TODAY.getYear(), 11).atDay(1)).param("id", request.id()).update();
		YearMonth december = YearMonth.of(TODAY.getYear(), 12);
		assertThat(paidIn(prepare(BenefitType.SURVIVOR_PENSION, XITANG_VILLAGE, december, 1), beneficiary)).isFalse();
		assertThat(paidIn(prepare(BenefitType.SURVIVOR_PENSION, DAYUN_VILLAGE, december, 1), beneficiary)).isTrue();
	}

	static final String XITANG_VILLAGE = "330421103001";

	static final String DAYUN_VILLAGE = "330421102001";

	/** A survivor seeded in a Xitang village whose household moved to Dayun today. */
	private TransferRequest movedFromXitangToDayun(String tag) {
		this.people.seed(tag, XITANG_VILLAGE, "21", 1);
		TransferRequest request = this.transfers.request(this.people.veteranId(tag, 1),
				new TransferDraft(DAYUN_VILLAGE, "投靠子女"), RegionScope.of(RegionCode.of("330421103000")),
				"xitang.staff");
		this.transfers.approve(request.id(), RegionScope.of(RegionCode.of("330421102000")), "dayun.staff");
		return request;
	}

	/**
	 * 抚恤条例 Art 59: payment is 中止 while a beneficiary serves a prison term; when the pause
	 * proves unlawful, the months not paid are paid afterwards (补发), each once.
	 */
	@Test
	void aPausedBeneficiaryIsNotPaidAndAuthorisedBackPayPaysThePausedMonthsOnce_Art59() throws Exception {
		String county = "330488000000";
		RegionScope scope = RegionScope.of(RegionCode.of(county));
		this.people.seed("paused", county, "21", 1);
		long beneficiary = this.people.beneficiaryId(this.people.veteranId("paused", 1));
		this.beneficiaries.changeStatus(beneficiary, new StatusChangeRequest(BeneficiaryStatus.PAUSED, "判处有期徒刑", null),
				scope, "paused.staff");
		assertThat(prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2030, 1), 2).lineCount()).isZero();
		this.beneficiaries.changeStatus(beneficiary,
				new StatusChangeRequest(BeneficiaryStatus.RECEIVING, "再审改判无罪", null), scope, "paused.staff");
		this.runs.authorizeBackPay(new BackPayRequest(beneficiary, BenefitType.SURVIVOR_PENSION, YearMonth.of(2030, 1),
				YearMonth.of(2030, 2), "再审改判无罪，补发中止期间抚恤金"), scope, "paused.staff");
		PaymentRun march = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2030, 3), 1);
		assertThat(lines(march.id())).extracting((line) -> line.get("period_month").toString())
			.containsExactly("2030-01-01", "2030-02-01", "2030-03-01");
		assertThat(march.totalFen()).isEqualTo(3 * 212_000L);
		assertThat(prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2030, 4), 1).lineCount()).isEqualTo(1);
	}

	@Test
	void thePreparerOfARunCannotApproveIt() throws Exception {
		String county = "330486000000";
		this.people.seed("checker", county, "21", 1);
		PaymentRun run = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2030, 1), 1);
		RegionScope scope = RegionScope.of(RegionCode.of(county));
		assertThatThrownBy(() -> this.runs.approve(run.id(), scope, "rules.maker")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("生成人以外");
		assertThat(this.runs.approve(run.id(), scope, "rules.checker").status()).isEqualTo(RunStatus.APPROVED);
		// and the database refuses it whatever the code path
		assertThatThrownBy(
				() -> this.jdbc.sql("update benefits.payment_run set approved_by = prepared_by where id = :id")
					.param("id", run.id())
					.update())
			.satisfies((ex) -> assertThat(DatabaseRefusal.of(ex).constraint()).isEqualTo("payment_run_check"));
	}

	@Test
	void aOneOffPaymentIsPaidByARunOfItsBenefitAndSettled() throws Exception {
		String county = "330487000000";
		this.people.seed("oneoff", county, "21", 1);
		long veteran = this.people.veteranId("oneoff", 1);
		this.jdbc
			.sql("""
					insert into benefits.one_off_payable (reference, benefit_type, veteran_id, region_code, amount_fen, due_month,
					                                      scheduled_by)
					values ('grant-test-1', 'HARDSHIP_GRANT', :veteran, :region, 150000, date '2030-06-01', 'grants')
					""")
			.param("veteran", veteran)
			.param("region", county)
			.update();
		PaymentRun run = prepare(BenefitType.HARDSHIP_GRANT, county, YearMonth.of(2030, 6), 1);
		assertThat(run.lineCount()).isEqualTo(1);
		assertThat(run.totalFen()).isEqualTo(150_000L);
	}

	/**
	 * Standards are keyed by 户籍类别 as well (docs/rules.md, benefits): a county's urban and
	 * rural standards pay their own households, a record with no household type is paid
	 * by the standard for both (here the national one), and the county's 孤老增发 goes only
	 * to those marked 孤老.
	 */
	@Test
	void householdsArePaidByTheStandardOfTheirOwnHouseholdTypeAndTheLonelyElderlyAddOnOnlyToThoseMarked()
			throws Exception {
		String county = "330489000000";
		RegionScope scope = RegionScope.of(RegionCode.of(county));
		this.people.seed("household", county, "21", 3);
		long urban = this.people.beneficiaryId(this.people.veteranId("household", 1));
		long ruralLonely = this.people.beneficiaryId(this.people.veteranId("household", 2));
		long unrecorded = this.people.beneficiaryId(this.people.veteranId("household", 3));
		this.beneficiaries.updatePaymentAttributes(urban, new PaymentAttributes(HouseholdType.URBAN, false), scope);
		this.beneficiaries.updatePaymentAttributes(ruralLonely, new PaymentAttributes(HouseholdType.RURAL, true),
				scope);
		approve(new StandardDraft(BenefitType.SURVIVOR_PENSION, "21", null, null, "URBAN", county, null,
				LocalDate.of(2031, 1, 1), 3_000_000L, null, null, null, "烈属定期抚恤金（县 城镇）"));
		approve(new StandardDraft(BenefitType.SURVIVOR_PENSION, "21", null, null, "RURAL", county, null,
				LocalDate.of(2031, 1, 1), 2_880_000L, null, null, null, "烈属定期抚恤金（县 农村）"));
		approve(new StandardDraft(BenefitType.SURVIVOR_PENSION, "21", null, null, null, county, "LONELY_ELDERLY",
				LocalDate.of(2031, 1, 1), 120_000L, null, null, null, "孤老烈属增发（县）"));

		PaymentRun run = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2031, 3), 1);
		assertThat(amountOf(run, urban)).isEqualTo(250_000L);
		assertThat(amountOf(run, ruralLonely)).isEqualTo(240_000L + 10_000L);
		// national 25,440 元/年, no add-on: not marked 孤老
		assertThat(amountOf(run, unrecorded)).isEqualTo(212_000L);
		assertThat(rateExplanationOf(run, ruralLonely)).contains("（农村户籍）").contains("孤老烈属增发");
		assertThat(rateExplanationOf(run, urban)).contains("（城镇户籍）").doesNotContain("孤老");
	}

	@Test
	void theReviewListsEntitledBeneficiariesLeftWithoutALineBecauseNoStandardMatches() throws Exception {
		String county = "330490000000";
		this.people.seed("unpaid21", county, "21", 2);
		// 因公牺牲军人遗属: the demo has no standard for category 22
		this.people.seed("unpaid22", county, "22", 1);
		PaymentRun run = prepare(BenefitType.SURVIVOR_PENSION, county, YearMonth.of(2031, 5), 1);
		assertThat(run.lineCount()).isEqualTo(2);

		UnpaidBeneficiaries unpaid = this.reports.unpaid(run.id(), RegionScope.of(RegionCode.of(county)));
		assertThat(unpaid.count()).isEqualTo(1);
		assertThat(unpaid.first()).singleElement().satisfies((b) -> {
			assertThat(b.beneficiaryId()).isEqualTo(this.people.beneficiaryId(this.people.veteranId("unpaid22", 1)));
			assertThat(b.category()).isEqualTo("22");
			assertThat(b.householdType()).isEqualTo("ANY");
		});
		// outside the caller's scope nothing is listed
		assertThatThrownBy(() -> this.reports.unpaid(run.id(), RegionScope.of(RegionCode.of("330421000000"))))
			.isInstanceOfSatisfying(ProblemException.class,
					(problem) -> assertThat(problem.code()).isEqualTo("NOT_FOUND"));
	}

	private void approve(StandardDraft draft) {
		RegionScope scope = RegionScope.of(RegionCode.of(draft.regionCode()));
		this.standards.approve(this.standards.enter(draft, scope, "standard.maker").id(), scope, "standard.checker");
	}

	private long amountOf(PaymentRun run, long beneficiary) {
		return this.jdbc.sql("select amount_fen from benefits.payment_line where run_id = :run and beneficiary_id = :b")
			.param("run", run.id())
			.param("b", beneficiary)
			.query(Long.class)
			.single();
	}

	private String rateExplanationOf(PaymentRun run, long beneficiary) {
		return this.jdbc.sql("""
				select r.explanation from benefits.payment_line l join benefits.payment_rate r on r.id = l.rate_id
				where l.run_id = :run and l.beneficiary_id = :b
				""").param("run", run.id()).param("b", beneficiary).query(String.class).single();
	}

	private PaymentRun prepare(BenefitType type, String region, YearMonth first, int months) throws Exception {
		return this.runs.prepareNow(new PrepareRequest(type, region, first, months), "rules.maker");
	}

	private List<Long> amounts(long run, String month) {
		return this.jdbc.sql(
				"select amount_fen from benefits.payment_line where run_id = :run and period_month = cast(:month as date)")
			.param("run", run)
			.param("month", month)
			.query(Long.class)
			.list();
	}

	private String explanation(long run, String month) {
		return this.jdbc.sql("""
				select r.explanation from benefits.payment_line l join benefits.payment_rate r on r.id = l.rate_id
				where l.run_id = :run and l.period_month = cast(:month as date) limit 1
				""").param("run", run).param("month", month).query(String.class).single();
	}

	private List<Map<String, Object>> lines(long run) {
		return this.jdbc.sql("select * from benefits.payment_line where run_id = :run order by period_month")
			.param("run", run)
			.query()
			.listOfRows();
	}

	private boolean paidIn(PaymentRun run, long beneficiary) {
		return this.jdbc
			.sql("select exists (select 1 from benefits.payment_line where run_id = :run and beneficiary_id = :b)")
			.param("run", run.id())
			.param("b", beneficiary)
			.query(Boolean.class)
			.single();
	}

}
