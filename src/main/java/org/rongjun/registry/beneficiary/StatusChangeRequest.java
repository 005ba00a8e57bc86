package org.rongjun.registry.beneficiary;

import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.shared.PlausibleDate;

/** {@code paidThroughMonth}: the last month paid (抚恤金已发至月份), e.g. "2026-03". */
public record StatusChangeRequest(@NotNull(message = "请选择新状态") BeneficiaryStatus status,
		@Nullable @Size(max = 500, message = "原因不能超过500个字") String reason,
		@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 10) YearMonth paidThroughMonth) {
}
