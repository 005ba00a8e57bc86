package org.rongjun.messaging.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.rongjun.messaging.campaign.Audience;
import org.rongjun.messaging.campaign.AudienceCount;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.campaign.CampaignDraft;
import org.rongjun.messaging.campaign.CampaignReport;
import org.rongjun.messaging.campaign.MessageCampaign;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.outbox.EnqueueResult;
import org.rongjun.messaging.outbox.Recipient;

@RestController
@RequestMapping("/api/messaging/campaigns")
class CampaignController {

	private final MessageCampaigns campaigns;

	CampaignController(MessageCampaigns campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('messaging:campaign:list')")
	PageResult<MessageCampaign> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.campaigns.list(scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('messaging:campaign:list')")
	MessageCampaign get(@PathVariable long id, RegionScope scope) {
		return this.campaigns.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('messaging:campaign:create')")
	MessageCampaign create(@Valid @RequestBody CampaignDraft draft, Principal user, RegionScope scope) {
		return this.campaigns.create(draft, user.getName(), scope);
	}

	/**
	 * Whom an audience would reach on {@code channels} (default SMS) and whom it would
	 * leave out and why, before the campaign is made or sent. A read: it changes nothing.
	 */
	@PostMapping("/audience-count")
	@PreAuthorize("hasAuthority('messaging:campaign:create')")
	AudienceCount countAudience(@Valid @RequestBody Audience audience,
			@RequestParam(required = false) @Nullable List<Channel> channels, RegionScope scope) {
		return this.campaigns.count(audience, (channels != null) ? channels : List.of(), scope);
	}

	/**
	 * Starts queuing the campaign's audience (202 with the campaign, {@code queuedAt}
	 * set); its page shows the progress.
	 */
	@PostMapping("/{id}/send")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('messaging:campaign:send')")
	MessageCampaign send(@PathVariable long id, RegionScope scope) {
		return this.campaigns.send(id, scope);
	}

	@GetMapping("/{id}/report")
	@PreAuthorize("hasAuthority('messaging:campaign:list')")
	CampaignReport report(@PathVariable long id, RegionScope scope) {
		return this.campaigns.report(id, scope);
	}

	@PostMapping("/{id}/recipients")
	@PreAuthorize("hasAuthority('messaging:campaign:send')")
	EnqueueResult enqueue(@PathVariable long id, @RequestBody List<@Valid Recipient> recipients, RegionScope scope) {
		return this.campaigns.enqueue(id, recipients, scope);
	}

}
