package org.rongjun.risk;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A screening round (排查轮次) over a region for a month: how many checklists it holds, how
 * many are done, and how many risks they found.
 */
public record ScreeningRound(long id, String name, String regionCode, String regionName, YearMonth period,
		LocalDate dueOn, Status status, long people, long done, long risksFound, String createdBy) {

	public enum Status {

		OPEN, CLOSED

	}

	ScreeningRound withRegionName(String name) {
		return new ScreeningRound(this.id, this.name, this.regionCode, name, this.period, this.dueOn, this.status,
				this.people, this.done, this.risksFound, this.createdBy);
	}

}
