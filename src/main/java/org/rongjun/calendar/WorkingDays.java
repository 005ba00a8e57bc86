package org.rongjun.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The clock arithmetic over one snapshot of the calendar: which days work, and where a
 * period ends. Pure and immutable, so the rules are tested without a database and one
 * snapshot serves every deadline of a request.
 * <ul>
 * <li>A period starts the day after its event (民法典 Art 201 ¶1: 开始的当日不计入).</li>
 * <li>In calendar days, a last day that is a rest day moves to the next working day (民法典
 * Art 203 ¶1: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日); a weekend made a working day by 调休 is
 * not a rest day.</li>
 * <li>In working days, only working days count.</li>
 * <li>Paused days (a hearing, 信访工作条例 Art 36 ¶2) are not counted; an extension (Art 34)
 * lengthens the period in its own unit.</li>
 * </ul>
 */
public final class WorkingDays {

	/** Guards against a runaway count (a pause of years): about five years of days. */
	private static final int MAX_STEPS = 2000;

	private final Map<LocalDate, SpecialDay> special;

	private final Set<Integer> loadedYears;

	private WorkingDays(Map<LocalDate, SpecialDay> special, Set<Integer> loadedYears) {
		this.special = Map.copyOf(special);
		this.loadedYears = Set.copyOf(loadedYears);
	}

	/**
	 * A snapshot of the given arrangements, each listing the special days of its year.
	 */
	public static WorkingDays of(Set<Integer> loadedYears, List<SpecialDay> days) {
		Map<LocalDate, SpecialDay> byDay = new HashMap<>();
		for (SpecialDay day : days) {
			byDay.put(day.day(), day);
		}
		return new WorkingDays(byDay, loadedYears);
	}

	public boolean hasYear(int year) {
		return this.loadedYears.contains(year);
	}

	public boolean isWorkingDay(LocalDate day) {
		return isWorkingDay(day, new HashSet<>());
	}

	/** The day's official name (春节, 国庆节) when an arrangement lists it. */
	public @Nullable SpecialDay special(LocalDate day) {
		return this.special.get(day);
	}

	/** The last day of {@code period} started by an event on {@code event}. */
	public Deadline deadline(LocalDate event, Period period) {
		return deadline(event, period, List.of());
	}

	/**
	 * The last day of {@code period} started by {@code event}, not counting the days of
	 * {@code pauses}.
	 */
	public Deadline deadline(LocalDate event, Period period, List<Pause> pauses) {
		Set<Integer> missing = new TreeSet<>();
		LocalDate day = event;
		int counted = 0;
		int steps = 0;
		while (counted < period.length()) {
			day = day.plusDays(1);
			checkSteps(++steps);
			if (paused(day, pauses)) {
				continue;
			}
			if (period.unit() == Period.Unit.DAYS || isWorkingDay(day, missing)) {
				counted++;
			}
		}
		// Only a period in calendar days can end on a rest day: then it ends on the next
		// working day (民法典 Art 203).
		while (period.unit() == Period.Unit.DAYS && (!isWorkingDay(day, missing) || paused(day, pauses))) {
			day = day.plusDays(1);
			checkSteps(++steps);
		}
		return Deadline.of(day, missing);
	}

	/**
	 * The working day {@code count} working days before {@code day}: where a warning
	 * "three working days before the deadline" starts.
	 */
	public LocalDate workingDaysBefore(LocalDate day, int count) {
		LocalDate cursor = day;
		int counted = 0;
		int steps = 0;
		while (counted < count) {
			cursor = cursor.minusDays(1);
			checkSteps(++steps);
			if (isWorkingDay(cursor)) {
				counted++;
			}
		}
		return cursor;
	}

	private boolean isWorkingDay(LocalDate day, Set<Integer> missing) {
		if (!this.loadedYears.contains(day.getYear())) {
			missing.add(day.getYear());
		}
		SpecialDay listed = this.special.get(day);
		if (listed != null) {
			return listed.kind() == DayKind.WORK;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static boolean paused(LocalDate day, List<Pause> pauses) {
		for (Pause pause : pauses) {
			if (pause.contains(day)) {
				return true;
			}
		}
		return false;
	}

	private static void checkSteps(int steps) {
		if (steps > MAX_STEPS) {
			throw new IllegalArgumentException("a period may not run longer than " + MAX_STEPS + " days");
		}
	}

}
