package org.rongjun.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar for other modules: {@code deadline(start, Period.days(15))} and friends,
 * counted on the arrangements loaded now (see {@link WorkingDays} for the rules). Each
 * call reads the calendar afresh (a few dozen rows a year), so an arrangement loaded on
 * one node counts on every node at once; code counting many deadlines takes one
 * {@link #snapshot()}.
 */
@Service
@Transactional(readOnly = true)
public class WorkingCalendar {

	private final CalendarRepository calendar;

	WorkingCalendar(CalendarRepository calendar) {
		this.calendar = calendar;
	}

	public WorkingDays snapshot() {
		return this.calendar.snapshot();
	}

	public Deadline deadline(LocalDate event, Period period) {
		return snapshot().deadline(event, period);
	}

	public Deadline deadline(LocalDate event, Period period, List<Pause> pauses) {
		return snapshot().deadline(event, period, pauses);
	}

	public boolean isWorkingDay(LocalDate day) {
		return snapshot().isWorkingDay(day);
	}

	public LocalDate workingDaysBefore(LocalDate day, int count) {
		return snapshot().workingDaysBefore(day, count);
	}

	public boolean hasYear(int year) {
		return snapshot().hasYear(year);
	}

}
