package org.rongjun.care.garrison;

import org.jspecify.annotations.Nullable;

/** 军警部队: a unit stationed in a region, visited and included in festival campaigns. */
public record GarrisonUnit(long id, String name, GarrisonUnitKind kind, String regionCode, String regionName,
		@Nullable String address, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable Integer headcount, boolean active) {

	GarrisonUnit withRegionName(String regionName) {
		return new GarrisonUnit(this.id, this.name, this.kind, this.regionCode, regionName, this.address,
				this.contactName, this.contactPhone, this.headcount, this.active);
	}

}
