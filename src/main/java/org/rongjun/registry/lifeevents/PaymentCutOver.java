package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Who pays a transferred beneficiary when: the county moved from pays through December of
 * the year of the move, the county moved to from the next January (褒扬条例 Art 22, rules
 * §2.2: 当年由迁出地发放，自次年1月起由迁入地发放). The one place of this rule: an approval stores
 * {@link #oldCountyPaysThrough()} with the transfer, and the payment runs read it from
 * the published view {@code registry.household_transfer}.
 */
public record PaymentCutOver(YearMonth oldCountyPaysThrough, YearMonth newCountyPaysFrom) {

	public static PaymentCutOver forTransferApprovedOn(LocalDate approvedOn) {
		YearMonth december = YearMonth.of(approvedOn.getYear(), 12);
		return new PaymentCutOver(december, december.plusMonths(1));
	}

}
