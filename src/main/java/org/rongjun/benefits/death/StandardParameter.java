package org.rongjun.benefits.death;

import java.time.LocalDate;

/**
 * A dated input of a statutory formula with its source: 上一年度全国城镇居民人均可支配收入 (annual,
 * effective 1 January of the year it measures) or 少尉军官基本工资 (monthly), 抚恤条例 Art 15 ¶2.
 */
public record StandardParameter(long id, String code, LocalDate effectiveFrom, long valueFen, String source,
		String enteredBy) {

	public static final String INCOME = "NATIONAL_URBAN_DISPOSABLE_INCOME";

	public static final String BASE_PAY = "SECOND_LIEUTENANT_BASE_PAY";

}
