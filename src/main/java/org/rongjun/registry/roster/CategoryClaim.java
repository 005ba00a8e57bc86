package org.rongjun.registry.roster;

import org.jspecify.annotations.Nullable;

import org.rongjun.registry.DisabilityCause;

/**
 * A beneficiary category a roster row says its person holds (人员类别 with 伤残等级 and 伤残性质):
 * imported as a record awaiting a second person's confirmation, never paid before.
 */
record CategoryClaim(String category, @Nullable Integer disabilityGrade, @Nullable DisabilityCause disabilityCause,
		@Nullable String certificateNo) {
}
