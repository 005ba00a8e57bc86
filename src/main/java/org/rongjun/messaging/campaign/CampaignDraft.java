package org.rongjun.messaging.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.messaging.channel.Channel;

/**
 * A new campaign: a template, the channels to use and the values of campaign-wide
 * variables (e.g. festival), which also fill the template title; optionally its audience
 * (a registry selection) and when to send it (null: when someone presses send).
 */
public record CampaignDraft(@NotBlank(message = "请填写活动名称") @Size(max = 100, message = "名称不能超过100个字") String name,
		long templateId, @NotEmpty(message = "请至少选择一个渠道") List<Channel> channels,
		@Nullable Map<String, String> variables, @Valid @Nullable Audience audience, @Nullable Instant scheduledAt) {

	public CampaignDraft {
		variables = (variables != null) ? Map.copyOf(variables) : Map.of();
		channels = List.copyOf(new java.util.LinkedHashSet<>(channels));
	}

	/** A campaign whose recipients are posted explicitly. */
	public CampaignDraft(String name, long templateId, List<Channel> channels,
			@Nullable Map<String, String> variables) {
		this(name, templateId, channels, variables, null, null);
	}

}
