package org.rongjun.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * The coverage board of a region as of a day: its totals and one row per region one level
 * down (a county by township, a township by village).
 */
public record Coverage(String regionCode, String regionName, LocalDate asOf, CoverageRow total,
		List<CoverageRow> rows) {
}
