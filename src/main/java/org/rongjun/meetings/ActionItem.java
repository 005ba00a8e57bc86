package org.rongjun.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting decision being carried out. {@code regionCode} is where it is followed up
 * (the responsible unit's region); {@code overdue} and {@code daysOverdue} are as of
 * today in Asia/Shanghai; {@code events} is filled on the detail only.
 */
public record ActionItem(long id, long meetingId, String meetingTitle, MeetingKind meetingKind, LocalDate meetingHeldOn,
		String meetingRegionCode, int position, String decision, String responsibleUnit, String responsiblePerson,
		String regionCode, String regionName, LocalDate deadline, ActionStatus status, boolean overdue,
		long daysOverdue, int supervisions, @Nullable LocalDate closedOn, @Nullable String closingNote,
		@Nullable String closedBy, OffsetDateTime createdAt, List<ActionEvent> events) {

	ActionItem withRegionName(String name) {
		return new ActionItem(this.id, this.meetingId, this.meetingTitle, this.meetingKind, this.meetingHeldOn,
				this.meetingRegionCode, this.position, this.decision, this.responsibleUnit, this.responsiblePerson,
				this.regionCode, name, this.deadline, this.status, this.overdue, this.daysOverdue, this.supervisions,
				this.closedOn, this.closingNote, this.closedBy, this.createdAt, this.events);
	}

	ActionItem withEvents(List<ActionEvent> events) {
		return new ActionItem(this.id, this.meetingId, this.meetingTitle, this.meetingKind, this.meetingHeldOn,
				this.meetingRegionCode, this.position, this.decision, this.responsibleUnit, this.responsiblePerson,
				this.regionCode, this.regionName, this.deadline, this.status, this.overdue, this.daysOverdue,
				this.supervisions, this.closedOn, this.closingNote, this.closedBy, this.createdAt, List.copyOf(events));
	}

}
