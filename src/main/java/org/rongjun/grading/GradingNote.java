package org.rongjun.grading;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A return's reason or an improvement task's completion. */
public record GradingNote(@NotBlank(message = "请填写说明") @Size(max = 2000, message = "说明不能超过2000个字") String note) {
}
