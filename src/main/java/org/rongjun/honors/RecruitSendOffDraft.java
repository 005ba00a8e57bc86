package org.rongjun.honors;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;

public record RecruitSendOffDraft(@NotBlank(message = "请填写活动名称") @Size(max = 100, message = "名称不能超过100个字") String title,
		@NotNull(message = "请填写欢送日期") @PlausibleDate(earliest = PlausibleDate.RECORDS,
				yearsAhead = 2) LocalDate sendOffOn,
		@NotBlank(message = "请填写欢送地点") @Size(max = 200, message = "地点不能超过200个字") String place,
		@NotBlank(message = "请选择组织区划") String regionCode,
		@Size(max = 500, message = "备注不能超过500个字") @Nullable String remark) {
}
