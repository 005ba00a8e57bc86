package org.rongjun.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.ContactFollowUp;
import org.rongjun.care.Problem;
import org.rongjun.care.VisitKind;
import org.rongjun.care.VisitRecorded;
import org.rongjun.organization.StaffMember;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records contacts (常态化联系) and keeps each person's one history: contacts made here and
 * care's visits. A contact that reached the person moves their due day and counts on
 * care's countdown; a phone call that did not get through marks the number unreachable
 * and moves nothing; each need raised becomes a problem in care's ledger with its owner
 * and deadline.
 */
@Service
@Transactional
public class ContactRecords {

	private final ContactRecordRepository records;

	private final FollowRepository follows;

	private final ContactPeople people;

	private final ContactFollowUp care;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContactRecords(ContactRecordRepository records, FollowRepository follows, ContactPeople people,
			ContactFollowUp care, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.follows = follows;
		this.people = people;
		this.care = care;
		this.events = events;
		this.clock = clock;
	}

	public ContactRecord record(ContactDraft draft, RegionScope scope, String username) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate on = (draft.contactedOn() != null) ? draft.contactedOn() : today;
		Contact contact = Contact.of(draft, on, today);
		FollowedPerson person = this.people.ensure(draft.veteranId(), scope);
		StaffMember liaison = this.people.me(username).orElse(null);
		String contactedBy = contactedBy(draft.contactedBy(), liaison);
		long id = this.records.insert(draft, person.name(), person.regionCode(), on, contact.reached(), contact.mood(),
				contact.summary(), (liaison != null) ? liaison.id() : null, contactedBy, username);
		if (contact.reached()) {
			this.follows.contacted(person.veteranId(), on, draft.channel(), contact.mood());
			this.care.recordContact(person.veteranId(), on);
		}
		else if (draft.channel() == ContactChannel.PHONE) {
			this.follows.unreachable(person.veteranId(), on);
		}
		if (!draft.needsOrNone().isEmpty()) {
			this.care.raiseProblems(id, person.veteranId(), person.name(), person.regionCode(), on, draft.needsOrNone(),
					username);
		}
		this.events.publishEvent(new ContactRecorded(id, person.veteranId(), person.regionCode(), draft.channel(), on,
				contact.reached(), contact.mood(), contact.summary()));
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public ContactRecord get(long id, RegionScope scope) {
		ContactRecord record = this.records.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("联系记录不存在或不在您的数据范围内"));
		return record.withProblems(this.care.problemsOf(List.of(id), scope).getOrDefault(id, List.of()));
	}

	/** A person's history, newest first, with the problems raised on each contact. */
	@Transactional(readOnly = true)
	public PageResult<ContactRecord> history(long veteranId, RegionScope scope, PageQuery page) {
		this.people.get(veteranId, scope);
		List<ContactRecord> items = this.records.history(veteranId, page);
		Map<Long, List<Problem>> problems = this.care.problemsOf(
				items.stream().filter((r) -> r.source() == ContactSource.CONTACT).map(ContactRecord::id).toList(),
				scope);
		return page.result(items.stream().map((r) -> r.withProblems(problems.getOrDefault(r.id(), List.of()))).toList(),
				() -> this.records.historySize(veteranId));
	}

	/**
	 * A care visit to a person joins their history (once per visit) and counts as a
	 * contact; a visit to a garrison unit is not a person's.
	 */
	void onVisit(VisitRecorded visit) {
		if (visit.veteranId() == null) {
			return;
		}
		long veteranId = visit.veteranId();
		this.people.syncPerson(veteranId);
		boolean homeVisit = visit.kind() == VisitKind.HOME_VISIT;
		if (this.records.insertCareVisit(visit.visitId(), veteranId, visit.regionCode(), homeVisit, visit.visitedOn(),
				visit.visitors(), visit.opinions(), visit.problems())) {
			this.follows.contacted(veteranId, visit.visitedOn(), homeVisit ? ContactChannel.HOME_VISIT : null, null);
		}
	}

	private static String contactedBy(@Nullable String given, @Nullable StaffMember liaison) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		if (liaison != null) {
			return liaison.name();
		}
		throw ProblemException.invalidField("contactedBy", "请填写联系人（您的账号未关联工作人员）");
	}

	/** The rules of one contact, checked before anything is written. */
	record Contact(boolean reached, @Nullable Mood mood, @Nullable String summary) {

		static Contact of(ContactDraft draft, LocalDate on, LocalDate today) {
			if (on.isAfter(today)) {
				throw ProblemException.invalidField("contactedOn", "联系日期不能晚于今天");
			}
			if (on.isBefore(today.minusYears(1))) {
				throw ProblemException.invalidField("contactedOn", "只能补录一年以内的联系");
			}
			String summary = (draft.summary() != null && !draft.summary().isBlank()) ? draft.summary().strip() : null;
			if (!draft.reachedOrDefault()) {
				if (draft.mood() != null) {
					throw ProblemException.invalidField("mood", "未联系上时不能填写思想动态");
				}
				if (!draft.needsOrNone().isEmpty()) {
					throw ProblemException.invalidField("needs", "未联系上时不能登记诉求");
				}
				return new Contact(false, null, summary);
			}
			if (draft.mood() == null) {
				throw ProblemException.invalidField("mood", "请选择思想动态");
			}
			if (draft.mood() == Mood.UNSTABLE && summary == null) {
				throw ProblemException.invalidField("summary", "思想动态为“波动”时请简要记录联系情况");
			}
			return new Contact(true, draft.mood(), summary);
		}

	}

}
