package org.rongjun.care.garrison;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record GarrisonUnitDraft(@NotBlank(message = "请填写部队名称") @Size(max = 100, message = "名称不能超过100个字") String name,
		@NotNull(message = "请选择部队类别") GarrisonUnitKind kind, @NotBlank(message = "请选择驻地区划") String regionCode,
		@Nullable @Size(max = 200, message = "地址不能超过200个字") String address,
		@Nullable @Size(max = 50, message = "联系人不能超过50个字") String contactName,
		@Nullable @Size(max = 30, message = "联系电话不能超过30个字符") String contactPhone,
		@Nullable @PositiveOrZero(message = "人数不能为负数") Integer headcount, @Nullable Boolean active) {
}
