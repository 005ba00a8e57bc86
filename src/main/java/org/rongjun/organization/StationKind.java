package org.rongjun.organization;

import org.rongjun.shared.RegionLevel;

/** 服务中心 at county level and above, 服务站 at township and village (退役军人保障法 Art 65). */
public enum StationKind {

	CENTER, STATION;

	static StationKind forLevel(RegionLevel level) {
		return level.isCountyOrAbove() ? CENTER : STATION;
	}

}
