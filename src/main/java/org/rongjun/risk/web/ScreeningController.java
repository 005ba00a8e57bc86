package org.rongjun.risk.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.risk.ScreeningCheck;
import org.rongjun.risk.ScreeningItem;
import org.rongjun.risk.ScreeningRound;
import org.rongjun.risk.ScreeningRoundDraft;
import org.rongjun.risk.Screenings;
import org.rongjun.shared.EnumParams;
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
@RequestMapping("/api/risk/screenings")
class ScreeningController {

	private final Screenings screenings;

	ScreeningController(Screenings screenings) {
		this.screenings = screenings;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('risk:screening:list')")
	PageResult<ScreeningRound> search(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.screenings.search(scope, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('risk:screening:manage')")
	ScreeningRound open(@Valid @RequestBody ScreeningRoundDraft draft, RegionScope scope, Principal user) {
		return this.screenings.open(draft, scope, user.getName());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('risk:screening:list')")
	ScreeningRound get(@PathVariable long id, RegionScope scope) {
		return this.screenings.get(id, scope);
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize("hasAuthority('risk:screening:manage')")
	ScreeningRound close(@PathVariable long id, RegionScope scope) {
		return this.screenings.close(id, scope);
	}

	@GetMapping("/{id}/items")
	@PreAuthorize("hasAuthority('risk:screening:list')")
	PageResult<ScreeningItem> items(@PathVariable long id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.screenings.items(id, EnumParams.parse(ScreeningItem.Status.class, status, "status"), regionCode,
				scope, PageQuery.of(page, size));
	}

	@PostMapping("/{id}/items/{itemId}/check")
	@PreAuthorize("hasAuthority('risk:screening:record')")
	ScreeningItem check(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ScreeningCheck check,
			RegionScope scope, Principal user) {
		return this.screenings.check(id, itemId, check, scope, user.getName());
	}

}
