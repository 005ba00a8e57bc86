package org.rongjun.messaging;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new campaign: a template, the channels to use and the values of campaign-wide
 * variables (e.g. festival), which also fill the template title.
 */
public record CampaignDraft(@NotBlank(message = "请填写活动名称") @Size(max = 100, message = "名称不能超过100个字") String name,
		long templateId, @NotEmpty(message = "请至少选择一个渠道") List<Channel> channels,
		@Nullable Map<String, String> variables) {

	public CampaignDraft {
		variables = (variables != null) ? Map.copyOf(variables) : Map.of();
		channels = List.copyOf(new java.util.LinkedHashSet<>(channels));
	}

}
