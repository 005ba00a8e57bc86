package org.rongjun.organization;

import org.jspecify.annotations.Nullable;

/**
 * A staff member (工作人员) of a service center or station; {@code username} is the login
 * account they work under, when one is linked.
 */
public record StaffMember(long id, long stationId, String stationName, String regionCode, String name,
		@Nullable String position, @Nullable String phone, boolean active, @Nullable String username) {
}
