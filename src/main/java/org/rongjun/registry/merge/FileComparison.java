package org.rongjun.registry.merge;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.Veteran;

/**
 * Two person files side by side before a merge, field by field. Numbers are compared on
 * their full values but shown masked; {@code same} tells staff where there is nothing to
 * choose. The counts say what would move to the survivor.
 */
public record FileComparison(Veteran survivor, Veteran merged, List<Difference> fields, Counts survivorCounts,
		Counts mergedCounts) {

	public record Difference(String field, String label, @Nullable String survivorValue, @Nullable String mergedValue,
			boolean same) {
	}

	public record Counts(long familyMembers, long beneficiaries, long transferRequests, long confirmationItems) {
	}

}
