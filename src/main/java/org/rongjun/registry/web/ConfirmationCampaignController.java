package org.rongjun.registry.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.registry.lifeevents.ConfirmationCampaign;
import org.rongjun.registry.lifeevents.ConfirmationCampaignDraft;
import org.rongjun.registry.lifeevents.ConfirmationCampaignService;
import org.rongjun.registry.lifeevents.ConfirmationItem;
import org.rongjun.registry.lifeevents.ConfirmationItemStatus;
import org.rongjun.registry.lifeevents.ConfirmationRecord;
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

@RestController
@RequestMapping("/api/registry/confirmation-campaigns")
class ConfirmationCampaignController {

	private final ConfirmationCampaignService campaigns;

	ConfirmationCampaignController(ConfirmationCampaignService campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:confirmation:manage')")
	ConfirmationCampaign start(@Valid @RequestBody ConfirmationCampaignDraft draft, RegionScope scope, Principal user) {
		return this.campaigns.start(draft, scope, user.getName());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('registry:confirmation:list')")
	PageResult<ConfirmationCampaign> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.campaigns.list(scope, PageQuery.of(page, size));
	}

	@GetMapping("/overdue-items")
	@PreAuthorize("hasAuthority('registry:confirmation:list')")
	PageResult<ConfirmationItem> overdue(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.campaigns.overdue(scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('registry:confirmation:list')")
	ConfirmationCampaign get(@PathVariable long id, RegionScope scope) {
		return this.campaigns.get(id, scope);
	}

	@GetMapping("/{id}/items")
	@PreAuthorize("hasAuthority('registry:confirmation:list')")
	PageResult<ConfirmationItem> items(@PathVariable long id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		ConfirmationItemStatus parsed = (status != null && !status.isBlank())
				? EnumParams.parse(ConfirmationItemStatus.class, status, "status") : null;
		return this.campaigns.items(id, parsed, scope, PageQuery.of(page, size));
	}

	@PostMapping("/{id}/items/{itemId}/confirmation")
	@PreAuthorize("hasAuthority('registry:confirmation:record')")
	ConfirmationItem confirm(@PathVariable long id, @PathVariable long itemId,
			@Valid @RequestBody ConfirmationRecord record, RegionScope scope, Principal user) {
		return this.campaigns.confirm(id, itemId, record, scope, user.getName());
	}

}
