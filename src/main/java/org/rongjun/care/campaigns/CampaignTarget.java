package org.rongjun.care.campaigns;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One person or unit of a campaign's list, with the completion once recorded. */
public record CampaignTarget(long id, long campaignId, CampaignTargetType targetType, @Nullable Long veteranId,
		@Nullable Long garrisonUnitId, String subjectName, String regionCode, String regionName, long standardFen,
		@Nullable LocalDate completedOn, @Nullable String completedBy, @Nullable Long spentFen, @Nullable String note) {

	CampaignTarget withRegionName(String regionName) {
		return new CampaignTarget(this.id, this.campaignId, this.targetType, this.veteranId, this.garrisonUnitId,
				this.subjectName, this.regionCode, regionName, this.standardFen, this.completedOn, this.completedBy,
				this.spentFen, this.note);
	}

}
