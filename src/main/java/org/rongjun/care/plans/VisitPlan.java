package org.rongjun.care.plans;

import java.time.LocalDate;
import java.util.List;

import org.rongjun.care.VisitKind;

/**
 * A visit plan; {@code targets} counts its people inside the caller's scope.
 */
public record VisitPlan(long id, String name, TargetGroup targetGroup, List<String> categories, VisitKind visitKind,
		int intervalMonths, int warnDays, String regionCode, String regionName, LocalDate startsOn, boolean active,
		long targets, String createdBy) {

	VisitPlan withRegionName(String regionName) {
		return new VisitPlan(this.id, this.name, this.targetGroup, this.categories, this.visitKind, this.intervalMonths,
				this.warnDays, this.regionCode, regionName, this.startsOn, this.active, this.targets, this.createdBy);
	}

}
