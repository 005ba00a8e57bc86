package org.rongjun.petitions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The petition's own rules, without a database (信访工作条例 Art 23, 28, 30, 34, 35). */
class PetitionTests {

	private static final LocalDate ACCEPTED = LocalDate.parse("2026-02-10");

	private static final OffsetDateTime AT = OffsetDateTime.parse("2026-02-01T10:00:00+08:00");

	private static final Petition.Clock HANDLING = new Petition.Clock(ClockKind.HANDLING, "办理", "", true, ACCEPTED, 0,
			0, LocalDate.parse("2026-04-13"), LocalDate.parse("2026-04-08"), false, null, false,
			Petition.ClockState.RUNNING);

	private static Petition petition(PetitionStatus status, Channel channel, List<String> accused,
			Petition.Extension extension, List<Petition.Clock> clocks, List<Petition.Answer> answers,
			List<Petition.Evaluation> evaluations) {
		return new Petition(1, "330421-XF-2026-00001", channel, null, LocalDate.parse("2026-02-01"), "330421103001",
				"西街社区", PetitionClass.CLAIM, MatterCategory.BENEFITS, "事项", "内容",
				new Petition.Petitioner(null, "周", false, null, null, "地址"), 1, List.of(), accused, null, status,
				"county.staff", null, null, ACCEPTED, "途径", null, null, null, extension, null, null, null, null,
				"county.staff", AT, clocks, answers, List.of(), evaluations, List.of(), List.of());
	}

	private static Petition handling(Petition.Extension extension) {
		return petition(PetitionStatus.HANDLING, Channel.LETTER, List.of(), extension, List.of(HANDLING), List.of(),
				List.of());
	}

	@Test
	void anExtensionIsAtMostThirtyDaysAskedOnceAndBeforeTheDeadline() {
		// Art 34: 延长期限不得超过30日
		assertThatThrownBy(() -> handling(null).checkExtensionRequest(31, LocalDate.parse("2026-04-01")))
			.isInstanceOf(ProblemException.class);
		assertThatCode(() -> handling(null).checkExtensionRequest(30, LocalDate.parse("2026-04-13")))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> handling(null).checkExtensionRequest(10, LocalDate.parse("2026-04-14")))
			.hasMessageContaining("办理期限已过");
		Petition.Extension approved = new Petition.Extension(10, "调档", "county.staff", ACCEPTED,
				Petition.ExtensionStatus.APPROVED, "county.checker", ACCEPTED, null);
		assertThatThrownBy(() -> handling(approved).checkExtensionRequest(10, LocalDate.parse("2026-04-01")))
			.hasMessageContaining("不得超过30日");
	}

	@Test
	void theLeaderWhoApprovesAnExtensionIsNotTheOneWhoAskedForIt() {
		// Art 34: 经本机关、单位负责人批准
		Petition.Extension pending = new Petition.Extension(10, "调档", "county.staff", ACCEPTED,
				Petition.ExtensionStatus.PENDING, null, null, null);
		assertThatThrownBy(() -> handling(pending).checkExtensionDecision("county.staff")).hasMessageContaining("自己");
		assertThatCode(() -> handling(pending).checkExtensionDecision("county.checker")).doesNotThrowAnyException();
	}

	@Test
	void theAccusedMayNotWorkOnTheMatter() {
		// Art 28 ¶3, Art 30 ¶3
		Petition accusation = petition(PetitionStatus.HANDLING, Channel.LETTER, List.of("xitang.staff"), null,
				List.of(HANDLING), List.of(), List.of());
		assertThatThrownBy(() -> accusation.checkMayWorkOn("xitang.staff")).isInstanceOf(ProblemException.class)
			.extracting((e) -> ((ProblemException) e).code())
			.isEqualTo("RECUSAL_REQUIRED");
		org.assertj.core.api.Assertions.assertThat(accusation.hiddenFrom("xitang.staff")).isTrue();
		org.assertj.core.api.Assertions.assertThat(accusation.hiddenFrom("county.checker")).isFalse();
	}

	@Test
	void onlyATransferredCaseCanBeObjectedTo() {
		// Art 23 ¶3
		Petition direct = petition(PetitionStatus.REGISTERED, Channel.VISIT, List.of(), null, List.of(), List.of(),
				List.of());
		assertThatThrownBy(() -> direct.checkObjectable(LocalDate.parse("2026-02-02"))).hasMessageContaining("转送、交办");
	}

	@Test
	void anAnsweredPetitionClosesOnlyWhenThePetitionerIsSatisfiedOrTheReviewWindowIsOver() {
		// Art 35: 30 days to ask for 复查
		Petition.Clock window = new Petition.Clock(ClockKind.REVIEW_REQUEST, "复查申请", "", false,
				LocalDate.parse("2026-04-30"), 0, 0, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-05-27"),
				false, null, false, Petition.ClockState.RUNNING);
		Petition answered = petition(PetitionStatus.ANSWERED, Channel.LETTER, List.of(), null, List.of(window),
				List.of(), List.of());
		assertThatThrownBy(() -> answered.checkClosable(LocalDate.parse("2026-06-01"))).hasMessageContaining("期限届满后");
		assertThatCode(() -> answered.checkClosable(LocalDate.parse("2026-06-02"))).doesNotThrowAnyException();
		Petition satisfied = petition(PetitionStatus.ANSWERED, Channel.LETTER, List.of(), null, List.of(window),
				List.of(), List.of(new Petition.Evaluation(Stage.HANDLING, Satisfaction.BASICALLY_SATISFIED, null,
						"county.staff", AT)));
		assertThatCode(() -> satisfied.checkClosable(LocalDate.parse("2026-05-10"))).doesNotThrowAnyException();
	}

}
