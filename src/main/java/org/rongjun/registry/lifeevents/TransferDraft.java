package org.rongjun.registry.lifeevents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TransferDraft(@NotBlank(message = "请选择迁入地区划") String toRegionCode,
		@NotBlank(message = "请填写迁移原因") @Size(max = 500, message = "原因不能超过500个字") String reason) {
}
