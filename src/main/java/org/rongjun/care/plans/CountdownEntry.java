package org.rongjun.care.plans;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.VisitKind;

/**
 * One person on the countdown board of one plan: the last visit of the plan's kind, when
 * the next is due ({@code startsOn} plus the interval if there was none), days left
 * (negative when overdue) and the colour.
 */
public record CountdownEntry(long planId, String planName, VisitKind visitKind, long veteranId, String personName,
		String regionCode, String regionName, @Nullable LocalDate lastDoneOn, LocalDate nextDueOn, long daysLeft,
		CountdownColour colour) {

	CountdownEntry withRegionName(String regionName) {
		return new CountdownEntry(this.planId, this.planName, this.visitKind, this.veteranId, this.personName,
				this.regionCode, regionName, this.lastDoneOn, this.nextDueOn, this.daysLeft, this.colour);
	}

}
