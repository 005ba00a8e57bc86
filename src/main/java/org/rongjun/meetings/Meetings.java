package org.rongjun.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings convened in the caller's scope and the decisions they made. A decision is
 * followed up in a region inside the convener's (a county meeting may task a township, a
 * township meeting its villages, never the other way) and is due no earlier than the
 * meeting.
 */
@Service
@Transactional
public class Meetings {

	private final MeetingRepository meetings;

	private final ActionItemRepository items;

	private final RegionDirectory regions;

	private final Clock clock;

	Meetings(MeetingRepository meetings, ActionItemRepository items, RegionDirectory regions, Clock clock) {
		this.meetings = meetings;
		this.items = items;
		this.regions = regions;
		this.clock = clock;
	}

	public Meeting create(MeetingDraft draft, RegionScope scope, String username) {
		String region = region(draft.regionCode(), scope, "regionCode", "只能登记您数据范围内单位召开的会议");
		long id = this.meetings.insert(kind(draft), draft.title().strip(), heldOn(draft), text(draft.location()),
				draft.agenda().strip(), text(draft.minutes()), region, username);
		this.meetings.replaceAttendees(id, attendees(draft));
		return get(id, scope);
	}

	/**
	 * Corrects the record of a meeting (its minutes are often written after it). The
	 * convening region stays; the date may not move past a decision's deadline.
	 */
	public Meeting update(long id, MeetingDraft draft, RegionScope scope) {
		get(id, scope);
		LocalDate heldOn = heldOn(draft);
		this.meetings.earliestDeadline(id).filter(heldOn::isAfter).ifPresent((deadline) -> {
			throw ProblemException.invalidField("heldOn", "会议日期不能晚于其决定事项的办结时限（" + deadline + "）");
		});
		this.meetings.update(id, kind(draft), draft.title().strip(), heldOn, text(draft.location()),
				draft.agenda().strip(), text(draft.minutes()));
		this.meetings.replaceAttendees(id, attendees(draft));
		return get(id, scope);
	}

	/** Adds a decision of the meeting, to be carried out by the given unit. */
	public ActionItem addDecision(long meetingId, ActionItemDraft draft, RegionScope scope, String username) {
		Meeting meeting = get(meetingId, scope);
		String region = region(draft.regionCode(), RegionScope.of(RegionCode.of(meeting.regionCode())), "regionCode",
				"责任单位须在召开会议的单位辖区内");
		LocalDate deadline = draft.deadline();
		if (deadline == null) {
			throw ProblemException.invalidField("deadline", "请填写办结时限");
		}
		if (deadline.isBefore(meeting.heldOn())) {
			throw ProblemException.invalidField("deadline", "办结时限不能早于会议日期（" + meeting.heldOn() + "）");
		}
		long id = this.items.insert(meetingId, draft, deadline, region, username);
		LocalDate today = today();
		ActionItem item = this.items.find(id, scope, today).orElseThrow();
		return item.withRegionName(this.regions.nameOf(item.regionCode()));
	}

	@Transactional(readOnly = true)
	public Meeting get(long id, RegionScope scope) {
		LocalDate today = today();
		Meeting meeting = this.meetings.find(id, scope, today)
			.orElseThrow(() -> ProblemException.notFound("会议不存在或不在您的数据范围内"));
		List<ActionItem> decisions = this.items.ofMeeting(id, today);
		Map<String, String> names = this.regions.namesOf(java.util.stream.Stream
			.concat(java.util.stream.Stream.of(meeting.regionCode()), decisions.stream().map(ActionItem::regionCode))
			.toList());
		return meeting.withRegionName(names.getOrDefault(meeting.regionCode(), meeting.regionCode()))
			.withDetail(this.meetings.attendees(id),
					decisions.stream()
						.map((i) -> i.withRegionName(names.getOrDefault(i.regionCode(), i.regionCode())))
						.toList());
	}

	@Transactional(readOnly = true)
	public PageResult<Meeting> list(RegionScope scope, @Nullable MeetingKind kind, @Nullable String text,
			PageQuery page) {
		PageResult<Meeting> found = this.meetings.list(scope, kind, text(text), today(), page);
		Map<String, String> names = this.regions.namesOf(found.items().stream().map(Meeting::regionCode).toList());
		return found.map((m) -> m.withRegionName(names.getOrDefault(m.regionCode(), m.regionCode())));
	}

	private String region(@Nullable String code, RegionScope scope, String field, String outside) {
		String region = (code != null && !code.isBlank()) ? code.strip()
				: scope.root().map(RegionCode::value).orElseThrow(() -> ProblemException.outOfScope("您没有数据范围"));
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(RegionCode.of(region).value())) {
			throw ProblemException.invalidField(field, "所选区划不存在或已撤销");
		}
		region = RegionCode.of(region).value();
		if (!scope.contains(region)) {
			throw ProblemException.invalidField(field, outside);
		}
		return region;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static MeetingKind kind(MeetingDraft draft) {
		if (draft.kind() == null) {
			throw ProblemException.invalidField("kind", "请选择会议类型");
		}
		return draft.kind();
	}

	private static LocalDate heldOn(MeetingDraft draft) {
		if (draft.heldOn() == null) {
			throw ProblemException.invalidField("heldOn", "请填写会议日期");
		}
		return draft.heldOn();
	}

	private static List<Attendee> attendees(MeetingDraft draft) {
		return (draft.attendees() == null) ? List.of()
				: draft.attendees()
					.stream()
					.map((a) -> new Attendee(a.unit().strip(), text(a.name()), text(a.post())))
					.toList();
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
