package org.rongjun.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.RegionLevel;

/**
 * One region as of one edition of the code table; {@code validTo} is set once it is
 * retired.
 */
public record Region(String code, String name, RegionLevel level, @Nullable String parentCode, LocalDate validFrom,
		@Nullable LocalDate validTo, boolean hasChildren) {
}
