package org.rongjun.grants;

import java.util.Optional;

import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;

/**
 * The three levels an application climbs (CAM BptTemporaryHelp: 村(居) → 乡镇(街道) → 县). A
 * reviewer acts at the level of their own data scope; scopes above the county act as the
 * county.
 */
public enum ReviewLevel {

	VILLAGE("村（社区）审核"), TOWNSHIP("乡镇（街道）审核"), COUNTY("县级审批");

	private final String label;

	ReviewLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static ReviewLevel of(RegionLevel level) {
		return switch (level) {
			case VILLAGE -> VILLAGE;
			case TOWNSHIP -> TOWNSHIP;
			case COUNTY, CITY, PROVINCE -> COUNTY;
		};
	}

	/** The level a user with this scope reviews at; none without a scope. */
	public static Optional<ReviewLevel> of(RegionScope scope) {
		return scope.root().map((root) -> of(root.level()));
	}

}
