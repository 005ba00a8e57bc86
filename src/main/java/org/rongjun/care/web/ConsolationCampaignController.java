package org.rongjun.care.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.campaigns.CampaignDraft;
import org.rongjun.care.campaigns.CampaignRollup;
import org.rongjun.care.campaigns.CampaignTarget;
import org.rongjun.care.campaigns.CampaignTargetType;
import org.rongjun.care.campaigns.CompletionDraft;
import org.rongjun.care.campaigns.ConsolationCampaign;
import org.rongjun.care.campaigns.ConsolationCampaignService;
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
@RequestMapping("/api/care/campaigns")
class ConsolationCampaignController {

	private final ConsolationCampaignService campaigns;

	ConsolationCampaignController(ConsolationCampaignService campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('care:campaign:manage')")
	ConsolationCampaign start(@Valid @RequestBody CampaignDraft draft, RegionScope scope, Principal user) {
		return this.campaigns.start(draft, scope, user.getName());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('care:campaign:list')")
	PageResult<ConsolationCampaign> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.campaigns.list(scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('care:campaign:list')")
	ConsolationCampaign get(@PathVariable long id, RegionScope scope) {
		return this.campaigns.get(id, scope);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('care:campaign:manage')")
	ConsolationCampaign close(@PathVariable long id, RegionScope scope) {
		return this.campaigns.close(id, scope);
	}

	@GetMapping("/{id}/rollup")
	@PreAuthorize("hasAuthority('care:campaign:list')")
	CampaignRollup rollup(@PathVariable long id, @RequestParam(required = false) @Nullable String regionCode,
			RegionScope scope) {
		return this.campaigns.rollup(id, regionCode, scope);
	}

	@GetMapping("/{id}/targets")
	@PreAuthorize("hasAuthority('care:campaign:list')")
	PageResult<CampaignTarget> targets(@PathVariable long id,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Boolean completed,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.campaigns.targets(id, regionCode, completed,
				EnumParams.parse(CampaignTargetType.class, type, "type"), q, scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}/targets/{targetId}")
	@PreAuthorize("hasAuthority('care:campaign:list')")
	CampaignTarget target(@PathVariable long id, @PathVariable long targetId, RegionScope scope) {
		return this.campaigns.target(id, targetId, scope);
	}

	@PostMapping("/{id}/targets/{targetId}/completion")
	@PreAuthorize("hasAuthority('care:campaign:record')")
	CampaignTarget complete(@PathVariable long id, @PathVariable long targetId,
			@Valid @RequestBody CompletionDraft draft, RegionScope scope, Principal user) {
		return this.campaigns.complete(id, targetId, draft, scope, user.getName());
	}

}
