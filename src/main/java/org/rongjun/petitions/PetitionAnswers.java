package org.rongjun.petitions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Written answers and what follows them: the 处理意见书 (Art 32), its delivery that opens the
 * 30 days to ask for 复查 (Art 35), the 复查 and 复核 with hearings left out of the count (Art
 * 36), the petitioner's evaluation (Art 21) and closing.
 */
@Service
@Transactional
public class PetitionAnswers {

	private final Petitions desk;

	private final PetitionRepository petitions;

	private final PetitionClocks clocks;

	private final ApplicationEventPublisher events;

	PetitionAnswers(Petitions desk, PetitionRepository petitions, PetitionClocks clocks,
			ApplicationEventPublisher events) {
		this.desk = desk;
		this.petitions = petitions;
		this.clocks = clocks;
		this.events = events;
	}

	public Petition answer(long id, Stage stage, AnswerDraft draft, RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		petition.checkAnswerable(stage, username);
		PetitionDecisions.required(draft.request(), "request", "请填写信访人的投诉请求", 2000);
		PetitionDecisions.required(draft.factsAndReasons(), "factsAndReasons", "请填写事实和理由", 5000);
		PetitionDecisions.required(draft.opinionText(), "opinionText", "请填写处理意见", 5000);
		// Art 32: a 处理意见书 on a 申诉求决 states its legal basis.
		if (petition.petitionClass() == PetitionClass.CLAIM) {
			PetitionDecisions.required(draft.legalBasis(), "legalBasis", "请填写法律法规依据（信访工作条例第三十二条）", 2000);
		}
		ClockKind clock = switch (stage) {
			case HANDLING -> ClockKind.HANDLING;
			case REVIEW -> ClockKind.REVIEW;
			case RECHECK -> ClockKind.RECHECK;
		};
		LocalDate today = this.desk.today();
		LocalDate on = (draft.answeredOn() != null) ? draft.answeredOn() : today;
		LocalDate started = petition.clock(clock).orElseThrow().startedOn();
		if (on.isAfter(today) || on.isBefore(started)) {
			throw ProblemException.invalidField("answeredOn", "答复日期应在受理（收到请求）日期与今天之间");
		}
		this.petitions.insertAnswer(id, stage, draft, on, username);
		this.petitions.meet(id, clock, on);
		this.petitions.setStatus(id, switch (stage) {
			case HANDLING -> PetitionStatus.ANSWERED;
			case REVIEW -> PetitionStatus.REVIEWED;
			case RECHECK -> PetitionStatus.FINAL;
		});
		this.petitions.log(id, username, "出具" + stage.title(), draft.opinion().label());
		if (draft.deliveredOn() != null) {
			deliver(id, stage, draft.deliveredOn(), scope, username);
		}
		return this.desk.get(id, scope, username);
	}

	/**
	 * The day the petitioner received the written answer (收到书面答复之日): their 30 days to ask
	 * for 复查 or 复核 start the day after.
	 */
	public Petition deliver(long id, Stage stage, LocalDate deliveredOn, RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		petition.checkDelivery(stage, deliveredOn, this.desk.today());
		this.petitions.deliver(id, stage, deliveredOn);
		if (stage == Stage.HANDLING) {
			this.clocks.start(id, ClockKind.REVIEW_REQUEST, deliveredOn);
		}
		else if (stage == Stage.REVIEW) {
			this.clocks.start(id, ClockKind.RECHECK_REQUEST, deliveredOn);
		}
		this.petitions.log(id, username, stage.title() + "送达", deliveredOn.toString());
		return this.desk.get(id, scope, username);
	}

	/**
	 * The petitioner asks the level above for 复查 or 复核; the reviewing body has 30 days
	 * from receiving the request (Art 35, 36).
	 */
	public Petition requestReview(long id, Stage stage, @Nullable LocalDate requestedOn, @Nullable String body,
			RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		LocalDate today = this.desk.today();
		LocalDate on = (requestedOn != null) ? requestedOn : today;
		petition.checkReviewRequest(stage, on, today);
		String reviewer = PetitionDecisions.required(body, "reviewingBody", "请填写受理复查（复核）的机关", 100);
		ClockKind window = (stage == Stage.REVIEW) ? ClockKind.REVIEW_REQUEST : ClockKind.RECHECK_REQUEST;
		ClockKind clock = (stage == Stage.REVIEW) ? ClockKind.REVIEW : ClockKind.RECHECK;
		this.petitions.meet(id, window, on);
		this.clocks.start(id, clock, on);
		this.petitions.setReviewingBody(id, stage, reviewer);
		this.petitions.log(id, username, (stage == Stage.REVIEW) ? "请求复查" : "请求复核", reviewer);
		this.events.publishEvent(new PetitionReviewRequested(id, petition.registrationNo(),
				petition.petitioner().veteranId(), petition.regionCode(), stage, on));
		return this.desk.get(id, scope, username);
	}

	/** A hearing of the 复核: its days are not counted (Art 36 ¶2). */
	public Petition addHearing(long id, LocalDate from, LocalDate to, @Nullable String note, RegionScope scope,
			String username) {
		Petition petition = locked(id, scope, username);
		LocalDate today = this.desk.today();
		petition.checkHearing(from, to, today);
		String text = Petitions.blank(note);
		if (text != null && text.length() > 500) {
			throw ProblemException.invalidField("note", "说明不能超过500个字");
		}
		this.petitions.insertHearing(id, from, to, text);
		Petition.Clock recheck = petition.clock(ClockKind.RECHECK).orElseThrow();
		this.clocks.recount(id, ClockKind.RECHECK, recheck.startedOn(), 0, today);
		this.petitions.log(id, username, "举行听证（听证时间不计入复核期限）", from + " 至 " + to);
		return this.desk.get(id, scope, username);
	}

	public Petition evaluate(long id, Stage stage, Satisfaction satisfaction, @Nullable String comment,
			RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		petition.checkEvaluation(stage);
		String text = Petitions.blank(comment);
		if (text != null && text.length() > 500) {
			throw ProblemException.invalidField("comment", "评价内容不能超过500个字");
		}
		this.petitions.insertEvaluation(id, stage, satisfaction, text, username);
		this.petitions.log(id, username, "信访人评价" + stage.title(), satisfaction.label());
		return this.desk.get(id, scope, username);
	}

	public Petition close(long id, @Nullable String note, RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		LocalDate today = this.desk.today();
		petition.checkClosable(today);
		String text = Petitions.blank(note);
		if (text != null && text.length() > 500) {
			throw ProblemException.invalidField("note", "说明不能超过500个字");
		}
		this.petitions.close(id, today, text);
		this.petitions.meet(id, ClockKind.REVIEW_REQUEST, today);
		this.petitions.meet(id, ClockKind.RECHECK_REQUEST, today);
		this.petitions.log(id, username, "办结归档", text);
		return this.desk.get(id, scope, username);
	}

	private Petition locked(long id, RegionScope scope, String username) {
		this.desk.find(id, scope, username);
		return this.petitions.lock(id, this.desk.today());
	}

}
