package org.rongjun.identity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record NewUser(
		@NotBlank(message = "请填写用户名") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}",
				message = "用户名须为 3 到 50 位小写字母、数字或 . _ -") String username,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String displayName,
		@NotBlank(message = "请设置初始密码") String password,
		@NotBlank(message = "请选择数据范围") @Pattern(regexp = "\\d{12}", message = "区划代码应为12位数字") String scopeCode,
		@NotNull(message = "请选择角色") List<String> roles, @Nullable Boolean enabled) {
}
