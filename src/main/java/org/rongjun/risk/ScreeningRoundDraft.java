package org.rongjun.risk;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A round to open: over which region, for which month, done by when. */
public record ScreeningRoundDraft(@NotBlank(message = "请填写排查名称") @Size(max = 50, message = "排查名称不能超过50个字") String name,
		@NotBlank(message = "请选择排查区域") String regionCode, @NotNull(message = "请选择排查月份") YearMonth period,
		@NotNull(message = "请填写完成期限") LocalDate dueOn) {
}
