package org.rongjun.grading;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Whether one criterion is met, with a remark (the station's claim or a reviewer's
 * finding).
 */
public record Finding(@NotNull(message = "请选择评定项") @Nullable Long criterionId,
		@NotNull(message = "请选择是否达标") @Nullable Boolean met,
		@Size(max = 500, message = "说明不能超过500个字") @Nullable String note) {
}
