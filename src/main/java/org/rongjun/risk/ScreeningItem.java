package org.rongjun.risk;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person's checklist in a round: pending, or done with the categories where a risk
 * was found (empty: none) and a note.
 */
public record ScreeningItem(long id, long roundId, long veteranId, String personName, String regionCode,
		String regionName, Status status, List<RiskCategory> findings, @Nullable String note,
		@Nullable LocalDate checkedOn, @Nullable String checkedBy) {

	public enum Status {

		PENDING, DONE

	}

	ScreeningItem withRegionName(String name) {
		return new ScreeningItem(this.id, this.roundId, this.veteranId, this.personName, this.regionCode, name,
				this.status, this.findings, this.note, this.checkedOn, this.checkedBy);
	}

}
