package org.rongjun.petitions;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's decisions before and during handling: accept (with the written notice of Art
 * 23) or not, object to a transferred case (Art 23 ¶3), assign a handler and withdraw
 * (Art 28), and the extension of the handling period a leader approves (Art 34).
 */
@Service
@Transactional
public class PetitionDecisions {

	private final Petitions desk;

	private final PetitionRepository petitions;

	private final PetitionClocks clocks;

	PetitionDecisions(Petitions desk, PetitionRepository petitions, PetitionClocks clocks) {
		this.desk = desk;
		this.petitions = petitions;
		this.clocks = clocks;
	}

	/**
	 * Accepts the petition and gives the written notice of how it will be handled (Art
	 * 23: 告知信访人接收情况以及处理途径和程序); the 60-day handling period starts (Art 34). The same
	 * matter is not accepted again once a 复核 closed it (Art 36 ¶3).
	 */
	public Petition accept(long id, @Nullable LocalDate acceptedOn, @Nullable String procedureNote, RegionScope scope,
			String username) {
		Petition petition = locked(id, scope, username);
		petition.checkDecidable();
		petition.checkMayWorkOn(username);
		PetitionRepository.PersonKeys keys = this.petitions.personKeys(id);
		Optional<PetitionRepository.Earlier> earlier = this.petitions.earlierOfSamePerson(keys.veteranId(),
				keys.phoneIndex(), keys.idIndex(), petition.category(), id);
		if (earlier.isPresent() && earlier.get().status() == PetitionStatus.FINAL) {
			throw new ProblemException(HttpStatus.CONFLICT, "RECHECK_FINAL", "不再受理", "同一信访人就同类事项的 "
					+ earlier.get().registrationNo() + " 已经复核终结；以同一事实和理由再次提出的不再受理（信访工作条例第三十六条第三款），请作不予受理告知");
		}
		LocalDate on = decisionDay(acceptedOn, petition, "acceptedOn");
		String note = required(procedureNote, "procedureNote", "请填写处理途径和程序", 1000);
		this.petitions.accept(id, on, note);
		this.petitions.meet(id, ClockKind.NOTICE, on);
		this.petitions.meet(id, ClockKind.OBJECTION, on);
		this.clocks.start(id, ClockKind.HANDLING, on);
		this.petitions.log(id, username, "受理并书面告知", note);
		return this.desk.get(id, scope, username);
	}

	/** Not accepted, with the reason and where to turn, told in writing (Art 23 ¶1). */
	public Petition notAccept(long id, NonAcceptance reason, @Nullable String note, RegionScope scope,
			String username) {
		Petition petition = locked(id, scope, username);
		petition.checkDecidable();
		petition.checkMayWorkOn(username);
		String text = required(note, "note", "请填写告知内容（如应向哪个机关提出）", 1000);
		LocalDate today = this.desk.today();
		this.petitions.notAccept(id, reason, text);
		this.petitions.meet(id, ClockKind.NOTICE, today);
		this.petitions.meet(id, ClockKind.OBJECTION, today);
		this.petitions.log(id, username, "不予受理并书面告知", reason.label() + "：" + text);
		return this.desk.get(id, scope, username);
	}

	/**
	 * A transferred case outside the bureau's powers, objected to within 5 working days.
	 */
	public Petition object(long id, @Nullable String reason, RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		LocalDate today = this.desk.today();
		petition.checkObjectable(today);
		String text = required(reason, "reason", "请详细说明异议理由（第二十三条第三款）", 1000);
		this.petitions.object(id, text);
		this.petitions.meet(id, ClockKind.OBJECTION, today);
		this.petitions.log(id, username, "提出异议", text);
		return this.desk.get(id, scope, username);
	}

	/**
	 * The transferring body's answer: agreed, the material goes back and no notice is
	 * owed by us; refused, the case waits for our acceptance decision again.
	 */
	public Petition objectionAnswered(long id, boolean agreed, @Nullable String note, RegionScope scope,
			String username) {
		Petition petition = locked(id, scope, username);
		petition.checkObjected();
		if (agreed) {
			this.petitions.setStatus(id, PetitionStatus.RETURNED);
			this.petitions.meet(id, ClockKind.NOTICE, this.desk.today());
		}
		else {
			this.petitions.setStatus(id, PetitionStatus.REGISTERED);
		}
		this.petitions.log(id, username, agreed ? "异议经核实同意，交还材料" : "异议未获同意，继续办理", Petitions.blank(note));
		return this.desk.get(id, scope, username);
	}

	public Petition assign(long id, String handler, RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		petition.checkAssignable();
		String account = handler.strip();
		if (!this.desk.isAccount(account, scope)) {
			throw ProblemException.invalidField("handler", "账号 " + account + " 不存在或不在您的数据范围内");
		}
		petition.checkMayWorkOn(account);
		this.petitions.setHandler(id, account);
		this.petitions.log(id, username, "指定承办人", account);
		return this.desk.get(id, scope, username);
	}

	/**
	 * A staff member with a direct interest in the matter or the petitioner withdraws.
	 */
	public Petition recuse(long id, @Nullable String reason, RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		if (!petition.status().open()) {
			throw ProblemException.conflict("该信访事项已办结");
		}
		String text = required(reason, "reason", "请填写回避理由", 500);
		this.petitions.insertRecusal(id, username, text);
		if (username.equals(petition.handler())) {
			this.petitions.setHandler(id, null);
		}
		this.petitions.log(id, username, "申请回避", text);
		return this.desk.get(id, scope, username);
	}

	/**
	 * Asked for on {@code requestedOn} (today unless the paper request is entered late).
	 */
	public Petition requestExtension(long id, int days, @Nullable String reason, @Nullable LocalDate requestedOn,
			RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		petition.checkMayWorkOn(username);
		LocalDate on = decisionDay(requestedOn, petition, "requestedOn");
		petition.checkExtensionRequest(days, on);
		String text = required(reason, "reason", "请填写延期理由（将告知信访人）", 500);
		this.petitions.requestExtension(id, days, text, username, on);
		this.petitions.log(id, username, "申请延期" + days + "日", text);
		return this.desk.get(id, scope, username);
	}

	/**
	 * The leader's decision. Approved, the handling period grows by the days asked and
	 * the petitioner is told the reason (the 延期告知书).
	 */
	public Petition decideExtension(long id, boolean approve, @Nullable String remark, @Nullable LocalDate decidedOn,
			RegionScope scope, String username) {
		Petition petition = locked(id, scope, username);
		petition.checkExtensionDecision(username);
		LocalDate today = this.desk.today();
		LocalDate on = (decidedOn != null) ? decidedOn : today;
		Petition.Extension asked = petition.extension();
		if (on.isAfter(today) || (asked != null && on.isBefore(asked.requestedOn()))) {
			throw ProblemException.invalidField("decidedOn", "审批日期应在申请日期与今天之间");
		}
		String note = Petitions.blank(remark);
		if (note != null && note.length() > 500) {
			throw ProblemException.invalidField("remark", "意见不能超过500个字");
		}
		this.petitions.decideExtension(id, approve, username, on, note);
		Petition.Extension extension = petition.extension();
		if (approve && extension != null) {
			Petition.Clock handling = petition.clock(ClockKind.HANDLING).orElseThrow();
			this.clocks.recount(id, ClockKind.HANDLING, handling.startedOn(), extension.days(), today);
			this.petitions.log(id, username, "批准延期" + extension.days() + "日并告知信访人延期理由", note);
		}
		else {
			this.petitions.log(id, username, "不批准延期", note);
		}
		return this.desk.get(id, scope, username);
	}

	private Petition locked(long id, RegionScope scope, String username) {
		this.desk.find(id, scope, username);
		return this.petitions.lock(id, this.desk.today());
	}

	private LocalDate decisionDay(@Nullable LocalDate on, Petition petition, String field) {
		LocalDate today = this.desk.today();
		LocalDate day = (on != null) ? on : today;
		if (day.isAfter(today) || day.isBefore(petition.receivedOn())) {
			throw ProblemException.invalidField(field, "日期应在收到日期与今天之间");
		}
		return day;
	}

	static String required(@Nullable String text, String field, String message, int max) {
		String value = Petitions.blank(text);
		if (value == null) {
			throw ProblemException.invalidField(field, message);
		}
		if (value.length() > max) {
			throw ProblemException.invalidField(field, "不能超过" + max + "个字");
		}
		return value;
	}

}
