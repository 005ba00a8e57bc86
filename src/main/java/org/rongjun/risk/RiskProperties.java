package org.rongjun.risk;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code noContactDays}: a person not reached for this many days becomes an early warning
 * (default 180: twice the longest default cadence, so a missed quarter alone is the
 * contact board's overdue list, not a risk). {@code scheduleEnabled}: the daily scan and
 * the escalation of overdue risks run (tests call them).
 */
@ConfigurationProperties("rongjun.risk")
public record RiskProperties(Integer noContactDays, Boolean scheduleEnabled) {

	public RiskProperties(@Nullable Integer noContactDays, @Nullable Boolean scheduleEnabled) {
		this.noContactDays = (noContactDays != null) ? noContactDays : 180;
		this.scheduleEnabled = (scheduleEnabled != null) ? scheduleEnabled : true;
		if (this.noContactDays < 30 || this.noContactDays > 3650) {
			throw new IllegalArgumentException("rongjun.risk.no-contact-days must be between 30 and 3650");
		}
	}

}
