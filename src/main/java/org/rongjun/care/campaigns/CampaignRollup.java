package org.rongjun.care.campaigns;

import java.util.List;

/**
 * A campaign's progress inside the caller's scope: the total, one row per region one
 * level below the viewed region and one row per target type.
 */
public record CampaignRollup(long campaignId, long budgetFen, Row total, List<Row> byRegion, List<Row> byType) {

	/** {@code key} is a region code or a target type. */
	public record Row(String key, String label, long targets, long completed, long plannedFen, long spentFen) {

		Row withLabel(String label) {
			return new Row(this.key, label, this.targets, this.completed, this.plannedFen, this.spentFen);
		}

	}

}
