package org.rongjun.identity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record UserChanges(@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String displayName,
		@NotBlank(message = "请选择数据范围") @Pattern(regexp = "\\d{12}", message = "区划代码应为12位数字") String scopeCode,
		@NotNull(message = "请选择角色") List<String> roles, @Nullable Boolean enabled) {
}
