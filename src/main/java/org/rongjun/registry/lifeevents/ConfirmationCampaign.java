package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An annual confirmation campaign (年度确认, 抚恤条例 Art 8, 褒扬条例 Art 23) with its counts inside
 * the caller's scope. {@code overdue} is the unconfirmed once today is after the
 * deadline; benefits decides on suspension, this only flags.
 */
public record ConfirmationCampaign(long id, int year, String name, String regionCode, String regionName,
		LocalDate deadline, String createdBy, OffsetDateTime createdAt, long total, long confirmed, long unconfirmed,
		long overdue) {

	ConfirmationCampaign withRegionName(String regionName) {
		return new ConfirmationCampaign(this.id, this.year, this.name, this.regionCode, regionName, this.deadline,
				this.createdBy, this.createdAt, this.total, this.confirmed, this.unconfirmed, this.overdue);
	}

}
