package org.rongjun.care.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * A festival consolation campaign (节日慰问: 春节, 八一). Counts and sums are of the targets
 * inside the caller's scope.
 */
public record ConsolationCampaign(long id, CampaignKind kind, int year, String name, String regionCode,
		String regionName, LocalDate startsOn, LocalDate endsOn, long budgetFen, List<String> categories,
		List<CampaignStandard> standards, CampaignStatus status, long targets, long completed, long plannedFen,
		long spentFen, String createdBy) {

	ConsolationCampaign with(String regionName, List<CampaignStandard> standards) {
		return new ConsolationCampaign(this.id, this.kind, this.year, this.name, this.regionCode, regionName,
				this.startsOn, this.endsOn, this.budgetFen, this.categories, standards, this.status, this.targets,
				this.completed, this.plannedFen, this.spentFen, this.createdBy);
	}

}
