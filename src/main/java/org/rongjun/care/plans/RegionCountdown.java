package org.rongjun.care.plans;

/** Countdown colours counted for one region one level below the board's region. */
public record RegionCountdown(String regionCode, String regionName, long total, long green, long yellow, long red) {

	RegionCountdown withRegionName(String regionName) {
		return new RegionCountdown(this.regionCode, regionName, this.total, this.green, this.yellow, this.red);
	}

}
