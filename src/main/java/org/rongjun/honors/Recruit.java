package org.rongjun.honors;

import org.jspecify.annotations.Nullable;

/**
 * A new conscript sent off, with the family's address; {@code householdId} is the plaque
 * household queued for the family.
 */
public record Recruit(long id, long sendOffId, String name, String regionCode, String address,
		@Nullable String familyName, @Nullable String relationship, @Nullable String unit, @Nullable Long householdId) {
}
