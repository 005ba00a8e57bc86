package org.rongjun.care.visits;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.rongjun.care.ProblemStatus;
import org.rongjun.care.Problem;
import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Rules of problems raised on visits, without Spring. */
class ProblemRulesTests {

	private static final LocalDate DEADLINE = LocalDate.of(2026, 10, 31);

	@Test
	void aProblemIsOverdueFromTheDayAfterItsDeadlineUntilResolved() {
		assertThat(Problem.isOverdue(ProblemStatus.OPEN, DEADLINE, DEADLINE)).isFalse();
		assertThat(Problem.isOverdue(ProblemStatus.OPEN, DEADLINE, DEADLINE.plusDays(1))).isTrue();
		assertThat(Problem.isOverdue(ProblemStatus.IN_PROGRESS, DEADLINE, DEADLINE.plusDays(1))).isTrue();
		assertThat(Problem.isOverdue(ProblemStatus.RESOLVED, DEADLINE, DEADLINE.plusYears(1))).isFalse();
	}

	@Test
	void resolvingNeedsAClosingNote() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> Problem.closingNote("  "));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> Problem.closingNote(null));
		assertThat(Problem.closingNote(" 已解决 ")).isEqualTo("已解决");
	}

}
