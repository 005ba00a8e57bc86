package org.rongjun.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A region's own cadence for one group, with the local rule it follows. */
public record CadenceDraft(@NotBlank(message = "请选择区划") String regionCode,
		@NotNull(message = "请选择联系对象类别") ContactGroup group,
		@NotNull(message = "请填写联系间隔") @Min(value = 1, message = "联系间隔至少1个月") @Max(value = 24,
				message = "联系间隔不能超过24个月") Integer intervalMonths,
		@NotBlank(message = "请填写依据（本县制度文件名称和条款）") @Size(max = 500, message = "依据不能超过500个字") String source) {
}
