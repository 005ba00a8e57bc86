package org.rongjun.risk;

import java.time.LocalDate;

/** One entry of a risk's timeline: created, a step taken, escalated, resolved. */
public record RiskStep(long id, Kind kind, LocalDate takenOn, String note, String takenBy) {

	public enum Kind {

		CREATED, STEP, ESCALATED, RESOLVED

	}

}
