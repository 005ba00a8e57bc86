package org.rongjun.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting with the count of its decisions, how many are done and how many overdue;
 * {@code attendees} and {@code actionItems} are filled on the detail only.
 */
public record Meeting(long id, MeetingKind kind, String title, LocalDate heldOn, @Nullable String location,
		String agenda, @Nullable String minutes, String regionCode, String regionName, String createdBy,
		OffsetDateTime createdAt, long decisions, long decisionsDone, long decisionsOverdue, List<Attendee> attendees,
		List<ActionItem> actionItems) {

	Meeting withRegionName(String name) {
		return new Meeting(this.id, this.kind, this.title, this.heldOn, this.location, this.agenda, this.minutes,
				this.regionCode, name, this.createdBy, this.createdAt, this.decisions, this.decisionsDone,
				this.decisionsOverdue, this.attendees, this.actionItems);
	}

	Meeting withDetail(List<Attendee> attendees, List<ActionItem> actionItems) {
		return new Meeting(this.id, this.kind, this.title, this.heldOn, this.location, this.agenda, this.minutes,
				this.regionCode, this.regionName, this.createdBy, this.createdAt, this.decisions, this.decisionsDone,
				this.decisionsOverdue, List.copyOf(attendees), List.copyOf(actionItems));
	}

}
