package org.rongjun.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One year's official arrangement (国务院办公厅关于某年部分节假日安排的通知): its source, and the rest days
 * and make-up working days it lists.
 */
public record YearArrangement(int year, String source, @Nullable LocalDate publishedOn, String loadedBy,
		OffsetDateTime loadedAt, List<SpecialDay> days) {

	/** A line of the years list. */
	public record Summary(int year, String source, @Nullable LocalDate publishedOn, String loadedBy,
			OffsetDateTime loadedAt, int restDays, int workDays) {
	}

}
