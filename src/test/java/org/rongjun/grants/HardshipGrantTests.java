package org.rongjun.grants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rongjun.support.Today.TODAY;

/**
 * The review chain's rules (docs/rules.md, grants: 村(居) → 乡镇(街道) → 县, a township
 * approving up to its cap, above that the county), without Spring.
 */
class HardshipGrantTests {

	static final String XIJIE = "330421103001";

	static final Reviewer VILLAGE = new Reviewer("xijie.staff", scope(XIJIE));

	static final Reviewer TOWNSHIP = new Reviewer("xitang.staff", scope("330421103000"));

	static final Reviewer OTHER_TOWNSHIP = new Reviewer("dayun.staff", scope("330421102000"));

	static final Reviewer COUNTY = new Reviewer("county.staff", scope("330421000000"));

	static final ReviewPolicy DEFAULTS = ReviewPolicy.defaults("330421000000");

	static final ReviewPolicy WITH_VILLAGE_REVIEW = new ReviewPolicy("330421000000",
			List.of(new LevelSetting(ReviewLevel.VILLAGE, true, 100_00L),
					new LevelSetting(ReviewLevel.TOWNSHIP, true, 500_00L),
					new LevelSetting(ReviewLevel.COUNTY, true, null)));

	@Test
	void byDefaultApplicationsStartAtTheTownshipWhoeverSubmits() {
		assertThat(DEFAULTS.entryLevel(ReviewLevel.VILLAGE)).isEqualTo(ReviewLevel.TOWNSHIP);
		assertThat(DEFAULTS.entryLevel(ReviewLevel.TOWNSHIP)).isEqualTo(ReviewLevel.TOWNSHIP);
		assertThat(DEFAULTS.entryLevel(ReviewLevel.COUNTY)).isEqualTo(ReviewLevel.TOWNSHIP);
	}

	@Test
	void withVillageReviewOnTheVillageReviewsFirstUnlessTheVillageLiaisonTookTheApplicationIn() {
		assertThat(WITH_VILLAGE_REVIEW.entryLevel(ReviewLevel.TOWNSHIP)).isEqualTo(ReviewLevel.VILLAGE);
		assertThat(WITH_VILLAGE_REVIEW.entryLevel(ReviewLevel.COUNTY)).isEqualTo(ReviewLevel.VILLAGE);
		assertThat(WITH_VILLAGE_REVIEW.entryLevel(ReviewLevel.VILLAGE)).isEqualTo(ReviewLevel.TOWNSHIP);
	}

	@Test
	void aCountyWithoutTownshipReviewSendsEverythingStraightToTheCounty() {
		ReviewPolicy countyOnly = new ReviewPolicy("330421000000",
				List.of(new LevelSetting(ReviewLevel.VILLAGE, false, null),
						new LevelSetting(ReviewLevel.TOWNSHIP, false, null),
						new LevelSetting(ReviewLevel.COUNTY, true, null)));
		assertThat(countyOnly.entryLevel(ReviewLevel.VILLAGE)).isEqualTo(ReviewLevel.COUNTY);
		assertThat(WITH_VILLAGE_REVIEW.above(ReviewLevel.VILLAGE)).contains(ReviewLevel.TOWNSHIP);
		assertThat(countyOnly.above(ReviewLevel.VILLAGE)).contains(ReviewLevel.COUNTY);
		assertThat(countyOnly.above(ReviewLevel.COUNTY)).isEmpty();
	}

	@Test
	void aTownshipApprovalUpToItsCapOf500YuanIsFinal() {
		HardshipGrant.Transition transition = grant(300_00, ReviewLevel.TOWNSHIP, "xijie.staff")
			.decide(new ReviewCommand(ReviewAction.APPROVE, null, "情况属实"), TOWNSHIP, DEFAULTS);
		assertThat(transition.status()).isEqualTo(GrantStatus.APPROVED);
		assertThat(transition.approvedFen()).isEqualTo(300_00L);
		assertThat(transition.currentLevel()).isNull();
		assertThat(transition.decision().outcome()).isEqualTo(ReviewOutcome.APPROVED);
		assertThat(transition.decision().level()).isEqualTo(ReviewLevel.TOWNSHIP);
		assertThat(transition.decision().decidedBy()).isEqualTo("xitang.staff");

		assertThat(grant(500_00, ReviewLevel.TOWNSHIP, "xijie.staff")
			.decide(new ReviewCommand(ReviewAction.APPROVE, null, null), TOWNSHIP, DEFAULTS)
			.status()).isEqualTo(GrantStatus.APPROVED);
	}

	@Test
	void aTownshipApprovalAboveItsCapGoesToTheCountyAsARecommendation() {
		HardshipGrant.Transition transition = grant(2_000_00, ReviewLevel.TOWNSHIP, "xijie.staff")
			.decide(new ReviewCommand(ReviewAction.APPROVE, 1_500_00L, "建议补助1500元"), TOWNSHIP, DEFAULTS);
		assertThat(transition.status()).isEqualTo(GrantStatus.UNDER_REVIEW);
		assertThat(transition.currentLevel()).isEqualTo(ReviewLevel.COUNTY);
		assertThat(transition.recommendedFen()).isEqualTo(1_500_00L);
		assertThat(transition.approvedFen()).isNull();
		assertThat(transition.decision().outcome()).isEqualTo(ReviewOutcome.FORWARDED);
		assertThat(transition.decision().amountFen()).isEqualTo(1_500_00L);
	}

	@Test
	void theCountyApprovesAnyAmountUpToTheRequestAndTakesTheRecommendationByDefault() {
		HardshipGrant atCounty = grant(2_000_00, ReviewLevel.COUNTY, "xijie.staff", 1_500_00L);
		HardshipGrant.Transition transition = atCounty.decide(new ReviewCommand(ReviewAction.APPROVE, null, null),
				COUNTY, DEFAULTS);
		assertThat(transition.status()).isEqualTo(GrantStatus.APPROVED);
		assertThat(transition.approvedFen()).isEqualTo(1_500_00L);
		assertThatThrownBy(
				() -> atCounty.decide(new ReviewCommand(ReviewAction.APPROVE, 2_000_01L, null), COUNTY, DEFAULTS))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("不能超过申请金额"));
		assertThatThrownBy(() -> atCounty.decide(new ReviewCommand(ReviewAction.APPROVE, 0L, null), COUNTY, DEFAULTS))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("大于0"));
	}

	@Test
	void theCountyIsTheLastLevelAndCannotForward() {
		assertThatThrownBy(() -> grant(2_000_00, ReviewLevel.COUNTY, "xijie.staff")
			.decide(new ReviewCommand(ReviewAction.FORWARD, null, null), COUNTY, DEFAULTS))
			.isInstanceOf(ProblemException.class)
			.satisfies((ex) -> assertThat(((ProblemException) ex).code()).isEqualTo("NO_HIGHER_LEVEL"));
	}

	@Test
	void aTownshipMayForwardEvenWithinItsCap() {
		HardshipGrant.Transition transition = grant(200_00, ReviewLevel.TOWNSHIP, "xijie.staff")
			.decide(new ReviewCommand(ReviewAction.FORWARD, null, "情况复杂，请县局定夺"), TOWNSHIP, DEFAULTS);
		assertThat(transition.currentLevel()).isEqualTo(ReviewLevel.COUNTY);
		assertThat(transition.recommendedFen()).isEqualTo(200_00L);
	}

	@Test
	void aVillageWithA100YuanCapForwardsMoreToTheTownship() {
		HardshipGrant.Transition transition = grant(300_00, ReviewLevel.VILLAGE, "xitang.staff")
			.decide(new ReviewCommand(ReviewAction.APPROVE, null, null), VILLAGE, WITH_VILLAGE_REVIEW);
		assertThat(transition.status()).isEqualTo(GrantStatus.UNDER_REVIEW);
		assertThat(transition.currentLevel()).isEqualTo(ReviewLevel.TOWNSHIP);
	}

	@Test
	void makerCheckerNobodyDecidesAnApplicationTheySubmitted() {
		HardshipGrant own = grant(300_00, ReviewLevel.TOWNSHIP, "xitang.staff");
		assertThatThrownBy(() -> own.decide(new ReviewCommand(ReviewAction.APPROVE, null, null), TOWNSHIP, DEFAULTS))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("不能审批自己提交的申请");
		assertThatThrownBy(() -> own.decide(new ReviewCommand(ReviewAction.REJECT, null, "不符合条件"), TOWNSHIP, DEFAULTS))
			.hasMessageContaining("不能审批自己提交的申请");
		assertThat(own.isDecidableBy(TOWNSHIP)).isFalse();
	}

	@Test
	void nobodyDecidesTwiceInOneRoundButMayAgainAfterAResubmission() {
		ReviewDecision earlier = new ReviewDecision(1, 1, ReviewLevel.TOWNSHIP, ReviewOutcome.RETURNED, null, "补材料",
				"xitang.staff", OffsetDateTime.now());
		HardshipGrant sameRound = grant(300_00, ReviewLevel.TOWNSHIP, "xijie.staff", null, 1, List.of(earlier));
		assertThatThrownBy(
				() -> sameRound.decide(new ReviewCommand(ReviewAction.APPROVE, null, null), TOWNSHIP, DEFAULTS))
			.hasMessageContaining("已审批过");
		HardshipGrant nextRound = grant(300_00, ReviewLevel.TOWNSHIP, "xijie.staff", null, 2, List.of(earlier));
		assertThat(nextRound.isDecidableBy(TOWNSHIP)).isTrue();
	}

	@Test
	void onlyTheLevelTheApplicationWaitsAtInsideItsScopeDecides() {
		HardshipGrant atTownship = grant(300_00, ReviewLevel.TOWNSHIP, "xijie.staff");
		assertThatThrownBy(
				() -> atTownship.decide(new ReviewCommand(ReviewAction.APPROVE, null, null), COUNTY, DEFAULTS))
			.hasMessageContaining("乡镇（街道）审核");
		assertThatThrownBy(
				() -> atTownship.decide(new ReviewCommand(ReviewAction.APPROVE, null, null), OTHER_TOWNSHIP, DEFAULTS))
			.satisfies((ex) -> assertThat(((ProblemException) ex).code()).isEqualTo("OUT_OF_SCOPE"));
	}

	@Test
	void returnAndRejectionNeedAReason() {
		HardshipGrant grant = grant(300_00, ReviewLevel.TOWNSHIP, "xijie.staff");
		assertThatThrownBy(() -> grant.decide(new ReviewCommand(ReviewAction.REJECT, null, "  "), TOWNSHIP, DEFAULTS))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("请填写驳回原因"));
		assertThatThrownBy(() -> grant.decide(new ReviewCommand(ReviewAction.RETURN, null, null), TOWNSHIP, DEFAULTS))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("请填写退回原因"));
		HardshipGrant.Transition rejected = grant.decide(new ReviewCommand(ReviewAction.REJECT, null, " 家庭收入超过标准 "),
				TOWNSHIP, DEFAULTS);
		assertThat(rejected.status()).isEqualTo(GrantStatus.REJECTED);
		assertThat(rejected.decision().remark()).isEqualTo("家庭收入超过标准");
		HardshipGrant.Transition returned = grant.decide(new ReviewCommand(ReviewAction.RETURN, null, "补充医疗票据"),
				TOWNSHIP, DEFAULTS);
		assertThat(returned.status()).isEqualTo(GrantStatus.RETURNED);
		assertThat(returned.currentLevel()).isNull();
	}

	@Test
	void aDecidedApplicationIsNotDecidedAgain() {
		HardshipGrant approved = new HardshipGrant(1, 7, "张三", XIJIE, "西街社区", "MEDICAL", "医疗救助", 300_00, null, 300_00L,
				"住院", 3, Payout.PAYMENT_RUN, GrantStatus.APPROVED, null, 1, "xijie.staff", OffsetDateTime.now(), TODAY,
				null, List.of());
		assertThatThrownBy(
				() -> approved.decide(new ReviewCommand(ReviewAction.APPROVE, null, null), TOWNSHIP, DEFAULTS))
			.hasMessageContaining("不在审批中");
	}

	@Test
	void capsClimbWithTheLevelAndTheCountyHasNone() {
		assertThatThrownBy(() -> new ReviewPolicy("330421000000",
				List.of(new LevelSetting(ReviewLevel.VILLAGE, true, 600_00L),
						new LevelSetting(ReviewLevel.TOWNSHIP, true, 500_00L),
						new LevelSetting(ReviewLevel.COUNTY, true, null))))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("限额不能低于下级限额"));
		assertThatThrownBy(() -> new ReviewPolicy("330421000000",
				List.of(new LevelSetting(ReviewLevel.VILLAGE, false, null),
						new LevelSetting(ReviewLevel.TOWNSHIP, true, 500_00L),
						new LevelSetting(ReviewLevel.COUNTY, true, 10_000_00L))))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("县级审批不能关闭，也不设上限"));
		assertThatThrownBy(() -> new ReviewPolicy("330421000000",
				List.of(new LevelSetting(ReviewLevel.VILLAGE, false, null),
						new LevelSetting(ReviewLevel.TOWNSHIP, true, null),
						new LevelSetting(ReviewLevel.COUNTY, true, null))))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("须设置限额"));
		// a disabled village's cap does not bind the township
		assertThat(new ReviewPolicy("330421000000",
				List.of(new LevelSetting(ReviewLevel.VILLAGE, false, 900_00L),
						new LevelSetting(ReviewLevel.TOWNSHIP, true, 500_00L),
						new LevelSetting(ReviewLevel.COUNTY, true, null)))
			.setting(ReviewLevel.TOWNSHIP)
			.capFen()).isEqualTo(500_00L);
	}

	@Test
	void storedSettingsOverrideTheDefaultsLevelByLevel() {
		ReviewPolicy policy = ReviewPolicy.of("330421000000",
				List.of(new LevelSetting(ReviewLevel.TOWNSHIP, true, 800_00L)));
		assertThat(policy.setting(ReviewLevel.TOWNSHIP).capFen()).isEqualTo(800_00L);
		assertThat(policy.setting(ReviewLevel.VILLAGE).enabled()).isFalse();
		assertThat(policy.setting(ReviewLevel.COUNTY).capFen()).isNull();
	}

	@Test
	void offlinePaymentOnlyForOfflineGrantsOrFailedPaymentsAndNotInTheFuture() {
		LocalDate today = LocalDate.of(2026, 11, 29);
		OfflinePayment cash = new OfflinePayment(today, "现金", "PZ-001");
		assertThatThrownBy(() -> approved(Payout.PAYMENT_RUN, GrantStatus.APPROVED).checkPayableOffline(cash, today))
			.hasMessageContaining("随发放批次");
		approved(Payout.OFFLINE, GrantStatus.APPROVED).checkPayableOffline(cash, today);
		approved(Payout.PAYMENT_RUN, GrantStatus.PAYMENT_FAILED).checkPayableOffline(cash, today);
		assertThatThrownBy(() -> approved(Payout.OFFLINE, GrantStatus.APPROVED)
			.checkPayableOffline(new OfflinePayment(today.plusDays(1), "现金", null), today))
			.satisfies((ex) -> assertThat(problemText(ex)).contains("发放日期不能晚于今天"));
		assertThatThrownBy(() -> approved(Payout.OFFLINE, GrantStatus.PAID).checkPayableOffline(cash, today))
			.hasMessageContaining("待发放");
	}

	@Test
	void thePaymentSystemReportsOnlyOnGrantsHandedToItAndMayRepeatAReportOnThePayingLine() {
		assertThat(approved(Payout.PAYMENT_RUN, GrantStatus.APPROVED).checkPaymentReport(PaymentResult.PAID, "L1"))
			.isTrue();
		assertThatThrownBy(
				() -> approved(Payout.OFFLINE, GrantStatus.APPROVED).checkPaymentReport(PaymentResult.PAID, "L1"))
			.satisfies((ex) -> assertThat(((ProblemException) ex).code()).isEqualTo("CONFLICT"))
			.hasMessageContaining("不在待发放状态");
		HardshipGrant paid = new HardshipGrant(1, 7, "张三", XIJIE, "西街社区", "MEDICAL", "医疗救助", 300_00, null, 300_00L,
				"住院", 3, Payout.PAYMENT_RUN, GrantStatus.PAID, null, 1, "xijie.staff", OffsetDateTime.now(), TODAY,
				new HardshipGrant.Payment(TODAY, "发放批次", null, null, "L1", null), List.of());
		assertThat(paid.checkPaymentReport(PaymentResult.PAID, "L1")).isFalse();
		assertThat(paid.checkPaymentReport(PaymentResult.FAILED, "L1")).as("a late copy of an earlier failure")
			.isFalse();
		assertThatThrownBy(() -> paid.checkPaymentReport(PaymentResult.PAID, "L2")).hasMessageContaining("不在待发放状态");
	}

	private static HardshipGrant approved(Payout payout, GrantStatus status) {
		return new HardshipGrant(1, 7, "张三", XIJIE, "西街社区", "MEDICAL", "医疗救助", 300_00, null, 300_00L, "住院", 3, payout,
				status, null, 1, "xijie.staff", OffsetDateTime.now(), LocalDate.of(2026, 11, 1), null, List.of());
	}

	static HardshipGrant grant(long requestedFen, ReviewLevel level, String submittedBy) {
		return grant(requestedFen, level, submittedBy, null);
	}

	static HardshipGrant grant(long requestedFen, ReviewLevel level, String submittedBy, Long recommendedFen) {
		return grant(requestedFen, level, submittedBy, recommendedFen, 1, List.of());
	}

	static HardshipGrant grant(long requestedFen, ReviewLevel level, String submittedBy, Long recommendedFen, int round,
			List<ReviewDecision> decisions) {
		return new HardshipGrant(1, 7, "张三", XIJIE, "西街社区", "MEDICAL", "医疗救助", requestedFen, recommendedFen, null,
				"住院治疗，自付费用高", 3, Payout.PAYMENT_RUN, GrantStatus.UNDER_REVIEW, level, round, submittedBy,
				OffsetDateTime.now(), null, null, new ArrayList<>(decisions));
	}

	/** The problem's detail and field errors, where a refusal says why. */
	static String problemText(Throwable ex) {
		ProblemException problem = (ProblemException) ex;
		return problem.getMessage() + " " + problem.getBody().getProperties();
	}

	static RegionScope scope(String code) {
		return RegionScope.of(RegionCode.of(code));
	}

}
