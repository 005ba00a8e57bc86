package org.rongjun.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a progress report, a 督办 notice, a closing or a return. */
public record ActionNote(@NotBlank(message = "请填写说明") @Size(max = 2000, message = "说明不能超过2000个字") String note) {
}
