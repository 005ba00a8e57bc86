package org.rongjun.messaging.optout;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.messaging.channel.Channel;

/** Staff record an opt-out by address (phone, email, openid, username) or person key. */
public record OptOutDraft(@NotNull(message = "请选择渠道") Channel channel,
		@Nullable @Size(max = 200, message = "地址不能超过200个字符") String address,
		@Nullable @Size(max = 64, message = "人员标识不能超过64个字符") String recipientKey) {
}
