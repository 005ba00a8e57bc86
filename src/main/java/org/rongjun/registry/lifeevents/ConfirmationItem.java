package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person to confirm in a campaign: the veteran ({@code familyMemberId} null) or a
 * family member, with the categories they were receiving when the campaign started.
 */
public record ConfirmationItem(long id, long campaignId, LocalDate deadline, long veteranId,
		@Nullable Long familyMemberId, String personName, String regionCode, List<String> categories,
		ConfirmationItemStatus status, @Nullable ConfirmationMethod method, @Nullable LocalDate confirmedOn,
		@Nullable String remark, @Nullable String confirmedBy) {
}
