package org.rongjun.messaging.outbox;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.messaging.channel.Channel;

/**
 * One person a campaign goes to. {@code key} is stable across campaigns (a registry
 * person id as text) and is what "at most once per campaign and channel" counts; a
 * channel is used only when the person has an address for it. {@code variables} fill the
 * template's per-person placeholders (e.g. amount).
 */
public record Recipient(@NotBlank(message = "请填写人员标识") @Size(max = 64, message = "人员标识不能超过64个字符") String key,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name, @Nullable String phone,
		@Nullable String email, @Nullable String wechatOpenId, @Nullable String inAppUser,
		@Nullable Map<String, String> variables) {

	public Recipient {
		variables = (variables != null) ? Map.copyOf(variables) : Map.of();
	}

	/** The address this person has on {@code channel}, or null when they have none. */
	public @Nullable String address(Channel channel) {
		String address = switch (channel) {
			case SMS -> this.phone;
			case EMAIL -> this.email;
			case WECHAT -> this.wechatOpenId;
			case IN_APP -> this.inAppUser;
		};
		return (address == null || address.isBlank()) ? null : address.strip();
	}

}
