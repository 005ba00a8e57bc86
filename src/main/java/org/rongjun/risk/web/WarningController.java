package org.rongjun.risk.web;

import java.security.Principal;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.risk.RiskItem;
import org.rongjun.risk.RiskItemDraft;
import org.rongjun.risk.Warning;
import org.rongjun.risk.WarningStatus;
import org.rongjun.risk.Warnings;
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
@RequestMapping("/api/risk/warnings")
class WarningController {

	private final Warnings warnings;

	WarningController(Warnings warnings) {
		this.warnings = warnings;
	}

	record Dismissal(@Nullable String reason) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('risk:warning:list')")
	PageResult<Warning> search(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Long veteranId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.warnings.search(EnumParams.parse(WarningStatus.class, status, "status"), kind, regionCode,
				veteranId, scope, PageQuery.of(page, size));
	}

	@GetMapping("/kinds")
	@PreAuthorize("hasAuthority('risk:warning:list')")
	Map<String, String> kinds() {
		return this.warnings.kinds();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('risk:warning:list')")
	Warning get(@PathVariable long id, RegionScope scope) {
		return this.warnings.get(id, scope);
	}

	@PostMapping("/{id}/acceptance")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('risk:warning:triage')")
	RiskItem accept(@PathVariable long id, @Valid @RequestBody RiskItemDraft draft, RegionScope scope, Principal user) {
		return this.warnings.accept(id, draft, scope, user.getName());
	}

	@PostMapping("/{id}/dismissal")
	@PreAuthorize("hasAuthority('risk:warning:triage')")
	Warning dismiss(@PathVariable long id, @RequestBody Dismissal dismissal, RegionScope scope, Principal user) {
		return this.warnings.dismiss(id, dismissal.reason(), scope, user.getName());
	}

}
