package org.rongjun.risk;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.RegionLevel;

/** Which level is handling a risk: 村（社区）, 乡镇, 县. */
public enum Escalation {

	VILLAGE, TOWNSHIP, COUNTY;

	/** The next level up, or none above the county. */
	public @Nullable Escalation next() {
		return switch (this) {
			case VILLAGE -> TOWNSHIP;
			case TOWNSHIP -> COUNTY;
			case COUNTY -> null;
		};
	}

	/** The level of a user whose scope is rooted at {@code level}. */
	public static Escalation of(RegionLevel level) {
		return switch (level) {
			case VILLAGE -> VILLAGE;
			case TOWNSHIP -> TOWNSHIP;
			default -> COUNTY;
		};
	}

}
