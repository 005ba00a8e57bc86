package org.rongjun.petitions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A petition (信访事项) with its clocks, answers and history. The rules of the statute that
 * decide whether a step may be taken live here: the acceptance decision and the objection
 * window (Art 23), 回避 (Art 28), the leader's extension of at most 30 days approved by
 * someone other than who asked (Art 34), the 30-day request windows of 复查 and 复核 (Art 35,
 * 36) and the end of the road after 复核 (Art 36 ¶3).
 */
public record Petition(long id, String registrationNo, Channel channel, @Nullable String sourceOrg,
		LocalDate receivedOn, String regionCode, String regionName, PetitionClass petitionClass,
		MatterCategory category, String subject, String content, Petitioner petitioner, int headcount,
		List<Representative> representatives, List<String> accused, @Nullable String accusedUnit, PetitionStatus status,
		@Nullable String handler, @Nullable Long repeatOf, @Nullable String repeatOfNo, @Nullable LocalDate acceptedOn,
		@Nullable String procedureNote, @Nullable NonAcceptance notAcceptedReason, @Nullable String notAcceptedNote,
		@Nullable String objectionReason, @Nullable Extension extension, @Nullable String reviewingBody,
		@Nullable String recheckingBody, @Nullable LocalDate closedOn, @Nullable String closingNote,
		String registeredBy, OffsetDateTime registeredAt, List<Clock> clocks, List<Answer> answers,
		List<Hearing> hearings, List<Evaluation> evaluations, List<Recusal> recusals, List<TimelineEntry> timeline) {

	/** At most five representatives speak for a group (Art 20 ¶3). */
	public static final int MAX_REPRESENTATIVES = 5;

	/**
	 * The person who petitioned. Without a name or an address the written notice is not
	 * owed (Art 23 ¶2: 但信访人的姓名（名称）、住址不清的除外).
	 */
	public record Petitioner(@Nullable Long veteranId, String name, boolean anonymous, @Nullable String phoneMask,
			@Nullable String idNumberMask, @Nullable String address) {
	}

	public record Representative(int position, String name, @Nullable Long veteranId, @Nullable String phoneMask) {
	}

	/**
	 * An extension of the handling period (Art 34): asked for, then decided by a leader.
	 */
	public record Extension(int days, String reason, String requestedBy, LocalDate requestedOn, ExtensionStatus status,
			@Nullable String decidedBy, @Nullable LocalDate decidedOn, @Nullable String remark) {
	}

	public enum ExtensionStatus {

		PENDING, APPROVED, REJECTED

	}

	/**
	 * A clock as of today: {@code state} is what the UI colours (RUNNING green, DUE_SOON
	 * yellow from three working days before, OVERDUE red; MET or MET_LATE once closed).
	 */
	public record Clock(ClockKind kind, String label, String article, boolean obligation, LocalDate startedOn,
			int extensionDays, int pausedDays, LocalDate dueOn, LocalDate warnFrom, boolean provisional,
			@Nullable LocalDate metOn, boolean escalated, ClockState state) {
	}

	public enum ClockState {

		RUNNING, DUE_SOON, OVERDUE, MET, MET_LATE, CLOSED

	}

	public record Answer(Stage stage, String request, String factsAndReasons, Opinion opinion, String opinionText,
			@Nullable String legalBasis, LocalDate answeredOn, String answeredBy, @Nullable LocalDate deliveredOn) {
	}

	public record Hearing(LocalDate from, LocalDate to, @Nullable String note) {
	}

	public record Evaluation(Stage stage, Satisfaction satisfaction, @Nullable String comment, String recordedBy,
			OffsetDateTime recordedAt) {
	}

	public record Recusal(String username, String reason, OffsetDateTime recusedAt) {
	}

	public record TimelineEntry(OffsetDateTime at, String actor, String action, @Nullable String note) {
	}

	public boolean group() {
		return this.headcount > 1;
	}

	public Optional<Clock> clock(ClockKind kind) {
		return this.clocks.stream().filter((c) -> c.kind() == kind).findFirst();
	}

	public Optional<Answer> answer(Stage stage) {
		return this.answers.stream().filter((a) -> a.stage() == stage).findFirst();
	}

	/**
	 * The accused of a 检举控告 never learn of it (Art 30 ¶3): to them it does not exist.
	 */
	public boolean hiddenFrom(String username) {
		return this.accused.contains(username);
	}

	/** Art 28 ¶3: whoever is named in the matter or withdrew from it cannot handle it. */
	public void checkMayWorkOn(String username) {
		if (this.accused.contains(username)) {
			throw recusal("被检举控告人员不得办理该信访事项（信访工作条例第二十八条、第三十条）");
		}
		if (this.recusals.stream().anyMatch((r) -> r.username().equals(username))) {
			throw recusal(username + " 已申请回避，不得办理该信访事项（信访工作条例第二十八条）");
		}
	}

	/** The acceptance decision (受理或不予受理, with the written notice) is taken once. */
	public void checkDecidable() {
		if (this.status != PetitionStatus.REGISTERED) {
			throw ProblemException.conflict("该信访事项已作出受理决定");
		}
	}

	/**
	 * A transferred or assigned case outside the bureau's powers is objected to within 5
	 * working days of receipt (Art 23 ¶3).
	 */
	public void checkObjectable(LocalDate today) {
		if (!this.channel.transferred()) {
			throw ProblemException.conflict("只有转送、交办的信访事项可以提出异议（信访工作条例第二十三条第三款）");
		}
		checkDecidable();
		Clock window = clock(ClockKind.OBJECTION).orElseThrow();
		if (today.isAfter(window.dueOn())) {
			throw new ProblemException(HttpStatus.CONFLICT, "OBJECTION_PERIOD_OVER", "已超过异议期限",
					"已超过收到之日起5个工作日的异议期限（" + window.dueOn() + "），应当受理或告知（信访工作条例第二十三条第三款）");
		}
	}

	public void checkObjected() {
		if (this.status != PetitionStatus.OBJECTED) {
			throw ProblemException.conflict("该信访事项没有待核实的异议");
		}
	}

	public void checkAssignable() {
		if (this.status != PetitionStatus.REGISTERED && this.status != PetitionStatus.HANDLING) {
			throw ProblemException.conflict("只有待受理或办理中的信访事项可以指定承办人");
		}
	}

	/**
	 * The handler answers while handling; a 复查 or 复核 opinion is written by someone other
	 * than whoever answered before (the level above, and 回避 of Art 28).
	 */
	public void checkAnswerable(Stage stage, String username) {
		PetitionStatus expected = switch (stage) {
			case HANDLING -> PetitionStatus.HANDLING;
			case REVIEW -> PetitionStatus.IN_REVIEW;
			case RECHECK -> PetitionStatus.IN_RECHECK;
		};
		if (this.status != expected) {
			throw ProblemException.conflict("该信访事项当前不能出具" + stage.title());
		}
		checkMayWorkOn(username);
		if (stage == Stage.HANDLING) {
			if (this.handler != null && !this.handler.equals(username)) {
				throw forbidden("该信访事项由 " + this.handler + " 承办，只有承办人可以出具处理意见");
			}
			return;
		}
		for (Answer earlier : this.answers) {
			if (earlier.answeredBy().equals(username)) {
				throw recusal("出具过" + earlier.stage().title() + "的人员不得再出具" + stage.title() + "（回避）");
			}
		}
		if (username.equals(this.handler)) {
			throw recusal("原承办人不得出具" + stage.title() + "（回避）");
		}
	}

	/**
	 * An extension is asked for while the handling period runs, once, for at most 30 days
	 * (Art 34).
	 */
	public void checkExtensionRequest(int days, LocalDate requestedOn) {
		if (this.status != PetitionStatus.HANDLING) {
			throw ProblemException.conflict("只有办理中的信访事项可以申请延期");
		}
		if (this.extension != null && this.extension.status() != ExtensionStatus.REJECTED) {
			throw ProblemException.conflict("该信访事项已申请过延期，延长期限合计不得超过30日（信访工作条例第三十四条）");
		}
		if (days < 1 || days > ClockKind.MAX_EXTENSION_DAYS) {
			throw ProblemException.invalidField("days", "延长期限为1到30日（信访工作条例第三十四条）");
		}
		Clock handling = clock(ClockKind.HANDLING).orElseThrow();
		if (requestedOn.isAfter(handling.dueOn())) {
			throw ProblemException.conflict("办理期限已过（" + handling.dueOn() + "），不能再申请延期");
		}
	}

	/** The 负责人 decides; never the person who asked (Art 34: 经本机关、单位负责人批准). */
	public void checkExtensionDecision(String username) {
		if (this.extension == null || this.extension.status() != ExtensionStatus.PENDING) {
			throw ProblemException.conflict("没有待审批的延期申请");
		}
		if (this.extension.requestedBy().equals(username)) {
			throw forbidden("不能审批自己提出的延期申请");
		}
		checkMayWorkOn(username);
	}

	/**
	 * A request for 复查 (after the handling answer) or 复核 (after the 复查 opinion) comes
	 * within 30 days of receiving the written answer (Art 35, 36 ¶1).
	 */
	public void checkReviewRequest(Stage stage, LocalDate requestedOn, LocalDate today) {
		Stage contested = (stage == Stage.REVIEW) ? Stage.HANDLING : Stage.REVIEW;
		PetitionStatus expected = (stage == Stage.REVIEW) ? PetitionStatus.ANSWERED : PetitionStatus.REVIEWED;
		if (stage == Stage.HANDLING) {
			throw ProblemException.invalidField("stage", "请选择复查或复核");
		}
		if (this.status != expected) {
			throw ProblemException.conflict((stage == Stage.REVIEW) ? "只有已出具处理意见的信访事项可以请求复查" : "只有已出具复查意见的信访事项可以请求复核");
		}
		Answer answer = answer(contested).orElseThrow();
		if (answer.deliveredOn() == null) {
			throw ProblemException.conflict("请先登记" + contested.title() + "的送达日期");
		}
		if (requestedOn.isBefore(answer.deliveredOn()) || requestedOn.isAfter(today)) {
			throw ProblemException.invalidField("requestedOn", "请求日期应在送达日期与今天之间");
		}
		ClockKind windowKind = (stage == Stage.REVIEW) ? ClockKind.REVIEW_REQUEST : ClockKind.RECHECK_REQUEST;
		Clock window = clock(windowKind).orElseThrow();
		if (requestedOn.isAfter(window.dueOn())) {
			throw new ProblemException(HttpStatus.CONFLICT, "REQUEST_PERIOD_OVER", "已超过请求期限", "已超过收到书面答复之日起30日的"
					+ windowKind.label() + "期限（" + window.dueOn() + "，" + windowKind.article() + "）");
		}
	}

	/** Hearing time is left out of the 复核 period only (Art 36 ¶2). */
	public void checkHearing(LocalDate from, LocalDate to, LocalDate today) {
		if (this.status != PetitionStatus.IN_RECHECK) {
			throw ProblemException.conflict("只有复核中的信访事项可以登记听证（信访工作条例第三十六条第二款）");
		}
		Clock recheck = clock(ClockKind.RECHECK).orElseThrow();
		if (to.isBefore(from)) {
			throw ProblemException.invalidField("to", "听证结束日期不能早于开始日期");
		}
		if (!from.isAfter(recheck.startedOn()) || to.isAfter(today)) {
			throw ProblemException.invalidField("from", "听证日期应在收到复核请求之后、今天之前");
		}
		for (Hearing hearing : this.hearings) {
			if (!to.isBefore(hearing.from()) && !from.isAfter(hearing.to())) {
				throw ProblemException.invalidField("from", "与已登记的听证时间重叠");
			}
		}
	}

	public void checkDelivery(Stage stage, LocalDate on, LocalDate today) {
		Answer answer = answer(stage).orElseThrow(() -> ProblemException.conflict("尚未出具" + stage.title()));
		if (answer.deliveredOn() != null) {
			throw ProblemException.conflict(stage.title() + "已于 " + answer.deliveredOn() + " 送达");
		}
		if (on.isBefore(answer.answeredOn()) || on.isAfter(today)) {
			throw ProblemException.invalidField("deliveredOn", "送达日期应在出具日期与今天之间");
		}
	}

	public void checkEvaluation(Stage stage) {
		if (answer(stage).isEmpty()) {
			throw ProblemException.conflict("尚未出具" + stage.title() + "，不能评价");
		}
		if (this.evaluations.stream().anyMatch((e) -> e.stage() == stage)) {
			throw ProblemException.conflict("信访人已评价过" + stage.title());
		}
	}

	/**
	 * An answered petition is closed when the petitioner is satisfied or the time to ask
	 * for 复查/复核 has run out.
	 */
	public void checkClosable(LocalDate today) {
		if (this.status != PetitionStatus.ANSWERED && this.status != PetitionStatus.REVIEWED) {
			throw ProblemException.conflict("只有已答复的信访事项可以办结归档");
		}
		Stage last = (this.status == PetitionStatus.ANSWERED) ? Stage.HANDLING : Stage.REVIEW;
		boolean satisfied = this.evaluations.stream()
			.anyMatch((e) -> e.stage() == last && e.satisfaction() != Satisfaction.UNSATISFIED);
		ClockKind windowKind = (last == Stage.HANDLING) ? ClockKind.REVIEW_REQUEST : ClockKind.RECHECK_REQUEST;
		boolean windowOver = clock(windowKind).map((c) -> today.isAfter(c.dueOn())).orElse(false);
		if (!satisfied && !windowOver) {
			throw ProblemException.conflict("信访人满意或" + windowKind.label() + "期限届满后才能办结归档");
		}
	}

	private static ProblemException recusal(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "RECUSAL_REQUIRED", "应当回避", detail);
	}

	private static ProblemException forbidden(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "无权操作", detail);
	}

}
