package org.rongjun.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record StaffDraft(@NotNull(message = "请选择所属站点") Long stationId,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name,
		@Nullable @Size(max = 50, message = "职务不能超过50个字") String position,
		@Nullable @Pattern(regexp = Phones.PATTERN, message = "电话号码格式不正确") String phone, @Nullable Boolean active,
		@Nullable @Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,49}$",
				message = "登录账号格式不正确：3–50位小写字母、数字、点、下划线或连字符") String username) {

	public StaffDraft(Long stationId, String name, @Nullable String position, @Nullable String phone,
			@Nullable Boolean active) {
		this(stationId, name, position, phone, active, null);
	}

	boolean activeOrDefault() {
		return this.active == null || this.active;
	}

}
