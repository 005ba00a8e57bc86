package org.rongjun.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A unit at the meeting and, where known, who came for it and their post. */
public record Attendee(@NotBlank(message = "请填写参会单位") @Size(max = 100, message = "参会单位不能超过100个字") String unit,
		@Size(max = 50, message = "参会人姓名不能超过50个字") @Nullable String name,
		@Size(max = 50, message = "职务不能超过50个字") @Nullable String post) {
}
