package org.rongjun.risk;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A warning on the triage list, and what was decided about it. */
public record Warning(long id, String kind, String kindLabel, long veteranId, String personName, String regionCode,
		String regionName, String detail, LocalDate occurredOn, WarningStatus status, @Nullable String decidedBy,
		@Nullable Instant decidedAt, @Nullable String dismissReason, @Nullable Long riskItemId) {

	Warning withRegionName(String name) {
		return new Warning(this.id, this.kind, this.kindLabel, this.veteranId, this.personName, this.regionCode, name,
				this.detail, this.occurredOn, this.status, this.decidedBy, this.decidedAt, this.dismissReason,
				this.riskItemId);
	}

}
