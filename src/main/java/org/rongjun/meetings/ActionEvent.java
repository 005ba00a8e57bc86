package org.rongjun.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of an action item's history. */
public record ActionEvent(long id, ActionEventKind kind, String note, LocalDate happenedOn, String recordedBy,
		OffsetDateTime recordedAt) {
}
