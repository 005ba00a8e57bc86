package org.rongjun.registry;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A veteran's household moved from one region to another on approval by the receiving
 * side. The old county pays through December of {@code approvedOn}'s year, the new one
 * from {@code newCountyPaysFrom} (rules §2.2).
 */
public record VeteranTransferred(long veteranId, String fromRegion, String toRegion, LocalDate approvedOn,
		YearMonth newCountyPaysFrom) {
}
