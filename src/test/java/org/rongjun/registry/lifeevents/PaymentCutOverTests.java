package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules §2.2 / 褒扬条例 Art 22: 当年由迁出地发放，自次年1月起由迁入地发放. */
class PaymentCutOverTests {

	@Test
	void oldCountyPaysThroughDecemberOfTheTransferYearAndNewCountyFromNextJanuary() {
		PaymentCutOver cutOver = PaymentCutOver.forTransferApprovedOn(LocalDate.of(2026, 3, 15));
		assertThat(cutOver.oldCountyPaysThrough()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(cutOver.newCountyPaysFrom()).isEqualTo(YearMonth.of(2027, 1));
	}

	@Test
	void aTransferOnNewYearsEveStillLeavesTheWholeYearToTheOldCounty() {
		PaymentCutOver cutOver = PaymentCutOver.forTransferApprovedOn(LocalDate.of(2026, 12, 31));
		assertThat(cutOver.oldCountyPaysThrough()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(cutOver.newCountyPaysFrom()).isEqualTo(YearMonth.of(2027, 1));
	}

	@Test
	void aTransferOnNewYearsDayLeavesThatYearToTheOldCounty() {
		PaymentCutOver cutOver = PaymentCutOver.forTransferApprovedOn(LocalDate.of(2027, 1, 1));
		assertThat(cutOver.oldCountyPaysThrough()).isEqualTo(YearMonth.of(2027, 12));
		assertThat(cutOver.newCountyPaysFrom()).isEqualTo(YearMonth.of(2028, 1));
	}

}
