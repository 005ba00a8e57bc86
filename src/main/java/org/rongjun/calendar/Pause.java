package org.rongjun.calendar;

import java.time.LocalDate;

/**
 * Days that do not count towards a period, both ends included: e.g. the time a hearing
 * takes (信访工作条例 Art 36 ¶2: 听证所需时间不计算在前款规定的期限内).
 */
public record Pause(LocalDate from, LocalDate to) {

	public Pause {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a pause ends before it starts: " + from + " … " + to);
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	public long days() {
		return this.to.toEpochDay() - this.from.toEpochDay() + 1;
	}

}
