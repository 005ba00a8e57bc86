package org.rongjun.risk;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on a risk item (矛盾隐患 "发现-登记-化解-回访", rules §4.4), without Spring. */
class RiskItemTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void aMajorRiskIsReportedToTheCountyASignificantOneToTheTownshipAGeneralOneStaysInTheVillage() {
		assertThat(RiskLevel.MAJOR.reportedTo()).isEqualTo(Escalation.COUNTY);
		assertThat(RiskLevel.SIGNIFICANT.reportedTo()).isEqualTo(Escalation.TOWNSHIP);
		assertThat(RiskLevel.GENERAL.reportedTo()).isEqualTo(Escalation.VILLAGE);
	}

	@Test
	void escalationGoesOneLevelAtATimeAndStopsAtTheCounty() {
		assertThat(item(Escalation.VILLAGE, RiskStatus.OPEN).escalated()).isEqualTo(Escalation.TOWNSHIP);
		assertThat(item(Escalation.TOWNSHIP, RiskStatus.OPEN).escalated()).isEqualTo(Escalation.COUNTY);
		assertThatThrownBy(() -> item(Escalation.COUNTY, RiskStatus.OPEN).escalated()).isInstanceOfSatisfying(
				ProblemException.class, (e) -> assertThat(e.getStatusCode().value()).isEqualTo(409));
		assertThatThrownBy(() -> item(Escalation.VILLAGE, RiskStatus.RESOLVED).escalated())
			.isInstanceOf(ProblemException.class);
	}

	@Test
	void resolvingNeedsANoteAndAtLeastOneFileOfEvidence() {
		RiskItem open = item(Escalation.VILLAGE, RiskStatus.OPEN);
		assertThat(open.resolution(" 签订调解协议 ", 1)).isEqualTo("签订调解协议");
		assertField(() -> open.resolution("签订调解协议", 0), "evidence");
		assertField(() -> open.resolution("  ", 2), "resolution");
		assertThatThrownBy(() -> item(Escalation.VILLAGE, RiskStatus.RESOLVED).resolution("再次化解", 1))
			.isInstanceOf(ProblemException.class);
	}

	@Test
	void aRiskIsOverdueWhileOpenAfterItsDeadlineAndANewOneCannotBeDueInThePast() {
		assertThat(RiskItem.isOverdue(RiskStatus.OPEN, TODAY.minusDays(1), TODAY)).isTrue();
		assertThat(RiskItem.isOverdue(RiskStatus.OPEN, TODAY, TODAY)).isFalse();
		assertThat(RiskItem.isOverdue(RiskStatus.RESOLVED, TODAY.minusDays(9), TODAY)).isFalse();
		assertField(() -> RiskItem.checkDeadline(TODAY.minusDays(1), TODAY), "deadline");
	}

	@Test
	void aWarningKindIsAStableUpperCaseCode() {
		assertThatThrownBy(() -> new WarningSignal("grant rejected", "临时救助未获批准", 1, TODAY, "x", "grant:1"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new WarningSignal("PETITION_FILED", "信访登记", 1, TODAY, "x".repeat(1200), "petition:1").detail())
			.hasSize(1000);
	}

	private static RiskItem item(Escalation escalation, RiskStatus status) {
		return new RiskItem(1, 2, "沈国强", "330421103001", "西街社区", RiskLevel.GENERAL, RiskCategory.LEGAL_DISPUTE, "宅基地纠纷",
				"陆芳", TODAY.plusDays(10), status, escalation, false, RiskSource.MANUAL, null, null, null, null, "test",
				List.of());
	}

	private static void assertField(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class,
				(e) -> assertThat(e.getBody().getProperties()).isNotNull()
					.extracting((p) -> p.get("errors"))
					.asString()
					.contains(field));
	}

}
