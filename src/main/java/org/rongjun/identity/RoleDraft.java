package org.rongjun.identity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record RoleDraft(
		@NotBlank(message = "请填写角色编码") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}",
				message = "角色编码须为大写字母、数字和下划线") String code,
		@NotBlank(message = "请填写角色名称") @Size(max = 50, message = "名称不能超过50个字") String name,
		@Nullable AdminKind adminKind, @NotNull(message = "请选择权限") List<String> permissions) {
}
