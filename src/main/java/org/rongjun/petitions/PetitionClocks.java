package org.rongjun.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rongjun.calendar.CalendarYearChanged;
import org.rongjun.calendar.Deadline;
import org.rongjun.calendar.Pause;
import org.rongjun.calendar.Period;
import org.rongjun.calendar.WorkingCalendar;
import org.rongjun.calendar.WorkingDays;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the clocks of petitions on the working-day calendar: the period of each kind, an
 * approved extension (Art 34), hearing days left out of a 复核 (Art 36 ¶2), and the warning
 * three working days before. When an official arrangement is loaded or changed, every
 * open clock is counted again, in the same transaction.
 */
@Component
class PetitionClocks {

	/** Warnings start this many working days before a deadline. */
	static final int WARNING_WORKING_DAYS = 3;

	private final WorkingCalendar calendar;

	private final PetitionRepository petitions;

	private final Clock clock;

	PetitionClocks(WorkingCalendar calendar, PetitionRepository petitions, Clock clock) {
		this.calendar = calendar;
		this.petitions = petitions;
		this.clock = clock;
	}

	static CountedDeadline count(WorkingDays days, ClockKind kind, LocalDate startedOn, int extensionDays,
			List<Pause> pauses) {
		Period period = kind.period().extendedBy(extensionDays);
		Deadline deadline = days.deadline(startedOn, period, pauses);
		int paused = pauses.stream().mapToInt((p) -> (int) p.days()).sum();
		return new CountedDeadline(deadline.due(), days.workingDaysBefore(deadline.due(), WARNING_WORKING_DAYS),
				deadline.provisional(), paused);
	}

	void start(long petitionId, ClockKind kind, LocalDate startedOn) {
		this.petitions.startClock(petitionId, kind, startedOn,
				count(this.calendar.snapshot(), kind, startedOn, 0, List.of()));
	}

	void recount(long petitionId, ClockKind kind, LocalDate startedOn, int extensionDays, LocalDate today) {
		this.petitions.recount(petitionId, kind, extensionDays,
				count(this.calendar.snapshot(), kind, startedOn, extensionDays, pauses(petitionId, kind)), today);
	}

	@EventListener
	void on(CalendarYearChanged event) {
		WorkingDays days = this.calendar.snapshot();
		LocalDate today = LocalDate.now(this.clock);
		for (PetitionRepository.StoredClock open : this.petitions.openClocks()) {
			this.petitions.recount(open.petitionId(), open.kind(), open.extensionDays(), count(days, open.kind(),
					open.startedOn(), open.extensionDays(), pauses(open.petitionId(), open.kind())), today);
		}
	}

	private List<Pause> pauses(long petitionId, ClockKind kind) {
		if (kind != ClockKind.RECHECK) {
			return List.of();
		}
		return this.petitions.hearings(petitionId).stream().map((h) -> new Pause(h.from(), h.to())).toList();
	}

}
