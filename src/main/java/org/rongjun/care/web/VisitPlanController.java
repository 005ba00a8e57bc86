package org.rongjun.care.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.plans.CountdownColour;
import org.rongjun.care.plans.CountdownEntry;
import org.rongjun.care.plans.RegionCountdown;
import org.rongjun.care.plans.VisitPlan;
import org.rongjun.care.plans.VisitPlanDraft;
import org.rongjun.care.plans.VisitPlanService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/care")
class VisitPlanController {

	private final VisitPlanService plans;

	VisitPlanController(VisitPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/plans")
	@PreAuthorize("hasAuthority('care:plan:list')")
	List<VisitPlan> list(RegionScope scope) {
		return this.plans.list(scope);
	}

	@PostMapping("/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('care:plan:manage')")
	VisitPlan create(@Valid @RequestBody VisitPlanDraft draft, RegionScope scope, Principal user) {
		return this.plans.create(draft, scope, user.getName());
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("hasAuthority('care:plan:list')")
	VisitPlan get(@PathVariable long id, RegionScope scope) {
		return this.plans.get(id, scope);
	}

	@PutMapping("/plans/{id}")
	@PreAuthorize("hasAuthority('care:plan:manage')")
	VisitPlan update(@PathVariable long id, @Valid @RequestBody VisitPlanDraft draft, RegionScope scope) {
		return this.plans.update(id, draft, scope);
	}

	@PostMapping("/plans/{id}/refresh")
	@PreAuthorize("hasAuthority('care:plan:manage')")
	VisitPlan refresh(@PathVariable long id, RegionScope scope) {
		return this.plans.refresh(id, scope);
	}

	@GetMapping("/countdown")
	@PreAuthorize("hasAuthority('care:plan:list')")
	PageResult<CountdownEntry> countdown(@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable String colour,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.plans.countdown(regionCode, planId, EnumParams.parse(CountdownColour.class, colour, "colour"), asOf,
				scope, PageQuery.of(page, size));
	}

	@GetMapping("/countdown/summary")
	@PreAuthorize("hasAuthority('care:plan:list')")
	List<RegionCountdown> summary(@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			RegionScope scope) {
		return this.plans.summary(regionCode, planId, asOf, scope);
	}

}
