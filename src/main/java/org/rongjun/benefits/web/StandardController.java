package org.rongjun.benefits.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.standard.BenefitStandard;
import org.rongjun.benefits.standard.BenefitStandards;
import org.rongjun.benefits.standard.StandardDraft;
import org.rongjun.benefits.standard.StandardStatus;
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
@RequestMapping("/api/benefits/standards")
class StandardController {

	private final BenefitStandards standards;

	StandardController(BenefitStandards standards) {
		this.standards = standards;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('benefits:standard:list')")
	List<BenefitStandard> list(@RequestParam(required = false) @Nullable BenefitType benefitType,
			@RequestParam(required = false) @Nullable StandardStatus status,
			@RequestParam(required = false) @Nullable String regionCode, RegionScope scope) {
		return this.standards.list(scope, benefitType, status, regionCode);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('benefits:standard:list')")
	BenefitStandard get(@PathVariable long id, RegionScope scope) {
		return this.standards.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('benefits:standard:edit')")
	BenefitStandard enter(@Valid @RequestBody StandardDraft draft, RegionScope scope, Principal user) {
		return this.standards.enter(draft, scope, user.getName());
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAuthority('benefits:standard:approve')")
	BenefitStandard approve(@PathVariable long id, RegionScope scope, Principal user) {
		return this.standards.approve(id, scope, user.getName());
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAuthority('benefits:standard:approve')")
	BenefitStandard reject(@PathVariable long id, RegionScope scope, Principal user) {
		return this.standards.reject(id, scope, user.getName());
	}

}
