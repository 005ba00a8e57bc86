package org.rongjun.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record StaffDraft(@NotNull(message = "请选择所属站点") Long stationId,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name,
		@Nullable @Size(max = 50, message = "职务不能超过50个字") String position,
		@Nullable @Pattern(regexp = Phones.PATTERN, message = "电话号码格式不正确") String phone, @Nullable Boolean active) {

	boolean activeOrDefault() {
		return this.active == null || this.active;
	}

}
