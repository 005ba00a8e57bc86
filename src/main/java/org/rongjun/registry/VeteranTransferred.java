package org.rongjun.registry;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A veteran's household moved from one region to another on approval by the receiving
 * side. The old county pays through December of {@code approvedOn}'s year, the new one
 * from {@code newCountyPaysFrom} (烈士褒扬条例 Art 22).
 */
public record VeteranTransferred(long veteranId, String fromRegion, String toRegion, LocalDate approvedOn,
		YearMonth newCountyPaysFrom) {
}
