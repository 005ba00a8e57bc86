package org.rongjun.care.plans;

/**
 * Red: the next visit is overdue; yellow: due within the plan's warning days; green:
 * later.
 */
public enum CountdownColour {

	GREEN, YELLOW, RED;

	static CountdownColour of(long daysLeft, int warnDays) {
		if (daysLeft < 0) {
			return RED;
		}
		return (daysLeft <= warnDays) ? YELLOW : GREEN;
	}

}
