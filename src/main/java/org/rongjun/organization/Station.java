package org.rongjun.organization;

import org.jspecify.annotations.Nullable;

public record Station(long id, String name, String regionCode, String regionName, StationKind kind, StationGrade grade,
		@Nullable String address, @Nullable String phone, long staffCount) {
}
