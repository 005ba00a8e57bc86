package org.rongjun.registry.lifeevents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Marks one reminder as dealt with, e.g. {@code note} = "已核实在读，继续发放". */
public record ReminderHandling(@NotBlank(message = "请选择提醒类型") String kind,
		@NotNull(message = "请选择人员类型") ReminderKind.PersonType personType, @NotNull(message = "请选择人员") Long personId,
		@Nullable @Size(max = 500, message = "处理说明不能超过500个字") String note) {
}
