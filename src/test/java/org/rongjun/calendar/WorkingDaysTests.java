package org.rongjun.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The clock library on the official 2025 and 2026 arrangements, each case counted by hand
 * on a paper calendar. Periods start the day after the event (民法典 Art 201); a period in 日
 * whose last day is a rest day ends on the next working day (民法典 Art 203); the 信访 periods
 * are 信访工作条例 Art 23 (15日, 5个工作日), Art 34 (60日 + at most 30日), Art 35/36 (30日, hearing
 * time not counted).
 */
class WorkingDaysTests {

	private final WorkingDays calendar = OfficialArrangements.calendar();

	private static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void aMakeUpSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
		assertThat(this.calendar.isWorkingDay(day("2026-02-14"))).isTrue(); // Sat, 春节调休上班
		assertThat(this.calendar.isWorkingDay(day("2026-02-16"))).isFalse(); // Mon, 春节
		assertThat(this.calendar.isWorkingDay(day("2026-02-24"))).isTrue(); // Tue after
																			// 春节
		assertThat(this.calendar.isWorkingDay(day("2026-06-20"))).isFalse(); // ordinary
																				// Sat
		assertThat(this.calendar.isWorkingDay(day("2025-10-11"))).isTrue(); // Sat, 国庆调休上班
	}

	@Test
	void fifteenDaysWhoseLastDayFallsInTheSpringFestivalEndAfterTheHoliday() {
		// Art 23 ¶2: 15日 from a letter received Sun 2026-02-01 → day 15 is Mon 02-16, in
		// 春节 (02-15…02-23) → Tue 02-24.
		Deadline deadline = this.calendar.deadline(day("2026-02-01"), Period.days(15));
		assertThat(deadline.due()).isEqualTo(day("2026-02-24"));
		assertThat(deadline.provisional()).isFalse();
	}

	@Test
	void fifteenDaysEndingOnAMakeUpSaturdayEndThatSaturday() {
		// Art 23 ¶2: received Fri 2026-01-30 → day 15 is Sat 02-14, a 调休 working day.
		assertThat(this.calendar.deadline(day("2026-01-30"), Period.days(15)).due()).isEqualTo(day("2026-02-14"));
	}

	@Test
	void fifteenDaysEndingInTheNationalDayWeekEndAfterIt() {
		// Art 23 ¶3: transferred case received Tue 2025-09-16 → day 15 is Wed 10-01, in
		// 国庆节、中秋节 (10-01…10-08) → Thu 10-09.
		assertThat(this.calendar.deadline(day("2025-09-16"), Period.days(15)).due()).isEqualTo(day("2025-10-09"));
	}

	@Test
	void fiveWorkingDaysCountTheMakeUpSundayAndSkipTheNationalDayWeek() {
		// Art 23 ¶3: 5个工作日 from Thu 2025-09-25: Fri 26 (1), Sun 28 调休 (2), Mon 29 (3),
		// Tue 30
		// (4), 10-01…10-08 rest, Thu 10-09 (5).
		assertThat(this.calendar.deadline(day("2025-09-25"), Period.workingDays(5)).due()).isEqualTo(day("2025-10-09"));
	}

	@Test
	void fiveWorkingDaysAcrossTheSpringFestivalCountTheMakeUpSaturday() {
		// Art 23 ¶3: from Thu 2026-02-12: Fri 13 (1), Sat 14 调休 (2), 02-15…02-23 rest,
		// Tue 24
		// (3), Wed 25 (4), Thu 26 (5).
		assertThat(this.calendar.deadline(day("2026-02-12"), Period.workingDays(5)).due()).isEqualTo(day("2026-02-26"));
	}

	@Test
	void sixtyDaysEndingOnTheFirstDayOfSpringFestivalEndAfterIt() {
		// Art 34: accepted Wed 2025-12-17 → day 60 is Sun 2026-02-15, 春节 → Tue 02-24.
		assertThat(this.calendar.deadline(day("2025-12-17"), Period.days(60)).due()).isEqualTo(day("2026-02-24"));
	}

	@Test
	void anExtensionOfThirtyDaysLengthensTheSixtyDayPeriod() {
		// Art 34: accepted Mon 2026-08-03 → day 60 is Fri 10-02 (国庆) → Thu 10-08; with 30
		// days more, day 90 is Sun 11-01 → Mon 11-02.
		assertThat(this.calendar.deadline(day("2026-08-03"), Period.days(60)).due()).isEqualTo(day("2026-10-08"));
		assertThat(this.calendar.deadline(day("2026-08-03"), Period.days(60).extendedBy(30)).due())
			.isEqualTo(day("2026-11-02"));
	}

	@Test
	void hearingDaysAreNotCountedInTheRecheckPeriod() {
		// Art 36: 复核 request received Thu 2026-09-10 → day 30 is Sat 10-10, a 调休 working
		// day. A hearing 09-15…09-19 (5 days) not counted → day 30 is Thu 10-15.
		assertThat(this.calendar.deadline(day("2026-09-10"), Period.days(30)).due()).isEqualTo(day("2026-10-10"));
		assertThat(this.calendar
			.deadline(day("2026-09-10"), Period.days(30), List.of(new Pause(day("2026-09-15"), day("2026-09-19"))))
			.due()).isEqualTo(day("2026-10-15"));
	}

	@Test
	void aPeriodInDaysStartedInAYearWithoutArrangementIsFirmWhenItEndsInALoadedYear() {
		// Art 35: answer received Sun 2024-12-29; day 30 is Tue 2025-01-28 (春节) → Wed
		// 02-05.
		// Only the days at the end are looked at, all in 2025.
		Deadline deadline = this.calendar.deadline(day("2024-12-29"), Period.days(30));
		assertThat(deadline.due()).isEqualTo(day("2025-02-05"));
		assertThat(deadline.provisional()).isFalse();
	}

	@Test
	void aDeadlineInAYearWithoutArrangementIsFlaggedAndCountedOnWeekends() {
		// Art 23: 15日 from Fri 2026-12-25 → Sat 2027-01-09; 2027 has no arrangement
		// loaded,
		// so the weekend rule gives Mon 2027-01-11, flagged.
		Deadline deadline = this.calendar.deadline(day("2026-12-25"), Period.days(15));
		assertThat(deadline.due()).isEqualTo(day("2027-01-11"));
		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.missingYears()).containsExactly(2027);
	}

	@Test
	void workingDaysCountedThroughAMissingYearAreFlagged() {
		// Art 23 ¶3: 5个工作日 from Wed 2026-12-30: Thu 31 (1), then 2027 on weekends alone.
		Deadline deadline = this.calendar.deadline(day("2026-12-30"), Period.workingDays(5));
		assertThat(deadline.due()).isEqualTo(day("2027-01-06"));
		assertThat(deadline.missingYears()).containsExactly(2027);
	}

	@Test
	void theWarningStartsThreeWorkingDaysBeforeTheDeadline() {
		// Due Tue 2026-02-24, after 春节: counting back over 02-23…02-15 (rest), Sat 02-14
		// (1,
		// 调休), Fri 02-13 (2), Thu 02-12 (3).
		assertThat(this.calendar.workingDaysBefore(day("2026-02-24"), 3)).isEqualTo(day("2026-02-12"));
		// Due Fri 2026-06-12: Thu (1), Wed (2), Tue 06-09 (3).
		assertThat(this.calendar.workingDaysBefore(day("2026-06-12"), 3)).isEqualTo(day("2026-06-09"));
	}

	@Test
	void aNegativeExtensionOrAnEmptyPeriodIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.days(60).extendedBy(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.days(0));
	}

}
