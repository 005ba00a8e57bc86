package org.rongjun.contact;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A cadence rule: people of {@code group} in {@code regionCode}'s subtree (the default
 * when null) are contacted every {@code intervalMonths} months; {@code source} says where
 * the figure comes from.
 */
public record Cadence(long id, @Nullable String regionCode, @Nullable String regionName, ContactGroup group,
		int intervalMonths, String source, String updatedBy, Instant updatedAt) {

	Cadence withRegionName(String name) {
		return new Cadence(this.id, this.regionCode, name, this.group, this.intervalMonths, this.source, this.updatedBy,
				this.updatedAt);
	}

}
