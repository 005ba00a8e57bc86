package org.rongjun.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The last day of a period. {@code missingYears} names the years the count passed through
 * without an official arrangement loaded: there the weekends alone were taken as rest
 * days, so the date is provisional until an administrator loads the year.
 */
public record Deadline(LocalDate due, boolean provisional, SortedSet<Integer> missingYears) {

	/** {@code provisional} is true exactly when a year on the way has no arrangement. */
	public Deadline {
		missingYears = new TreeSet<>(missingYears);
		if (provisional == missingYears.isEmpty()) {
			throw new IllegalArgumentException("provisional must say whether years are missing");
		}
	}

	static Deadline of(LocalDate due, Set<Integer> missingYears) {
		return new Deadline(due, !missingYears.isEmpty(), new TreeSet<>(missingYears));
	}

}
