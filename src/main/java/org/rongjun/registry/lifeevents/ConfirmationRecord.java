package org.rongjun.registry.lifeevents;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;

public record ConfirmationRecord(@NotNull(message = "请选择确认方式") ConfirmationMethod method,
		@NotNull(message = "请填写确认日期") @PlausibleDate(earliest = PlausibleDate.RECORDS) LocalDate date,
		@Nullable @Size(max = 500, message = "备注不能超过500个字") String remark) {
}
