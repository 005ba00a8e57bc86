package org.rongjun.messaging.greeting;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.rongjun.messaging.channel.Channel;

/** A daily greeting as staff configure it; {@code sendTime} defaults to 09:00. */
public record GreetingSettingDraft(long templateId, @NotEmpty(message = "请至少选择一个渠道") List<Channel> channels,
		@Nullable LocalTime sendTime, @NotNull(message = "请选择是否启用") Boolean enabled) {

	public GreetingSettingDraft {
		channels = List.copyOf(new java.util.LinkedHashSet<>(channels));
	}

}
