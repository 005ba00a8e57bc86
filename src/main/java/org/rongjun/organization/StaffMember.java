package org.rongjun.organization;

import org.jspecify.annotations.Nullable;

/** A staff member (工作人员) of a service center or station. */
public record StaffMember(long id, long stationId, String stationName, String regionCode, String name,
		@Nullable String position, @Nullable String phone, boolean active) {
}
