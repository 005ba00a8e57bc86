package org.rongjun.registry.lifeevents;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.rongjun.shared.PlausibleDate;

public record ConfirmationCampaignDraft(@NotNull(message = "请填写年度") Integer year,
		@NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不能超过100个字") String name,
		@NotBlank(message = "请选择区划") String regionCode,
		@NotNull(message = "请填写截止日期") @PlausibleDate(earliest = PlausibleDate.RECORDS,
				yearsAhead = 5) LocalDate deadline) {
}
