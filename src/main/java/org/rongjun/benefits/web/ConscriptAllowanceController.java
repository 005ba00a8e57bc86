package org.rongjun.benefits.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.rongjun.benefits.conscript.ConscriptAllowanceDraft;
import org.rongjun.benefits.conscript.ConscriptAllowanceLine;
import org.rongjun.benefits.conscript.ConscriptAllowances;
import org.rongjun.benefits.conscript.ConscriptDraft;
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
@RequestMapping("/api/benefits/conscript-allowance")
class ConscriptAllowanceController {

	private final ConscriptAllowances allowances;

	ConscriptAllowanceController(ConscriptAllowances allowances) {
		this.allowances = allowances;
	}

	@PostMapping("/standards")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('benefits:standard:edit')")
	Map<String, Long> enterStandard(@Valid @RequestBody ConscriptAllowanceDraft draft, RegionScope scope,
			Principal user) {
		return Map.of("id", this.allowances.enterStandard(draft, scope, user.getName()));
	}

	@PostMapping("/standards/{id}/approve")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('benefits:standard:approve')")
	void approveStandard(@PathVariable long id, RegionScope scope, Principal user) {
		this.allowances.approveStandard(id, scope, user.getName());
	}

	@PostMapping("/conscripts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('benefits:run:prepare')")
	Map<String, Long> registerConscript(@Valid @RequestBody ConscriptDraft draft, RegionScope scope, Principal user) {
		return Map.of("id", this.allowances.registerConscript(draft, scope, user.getName()));
	}

	/** The yearly run for a county: one row per conscript family, the formula on each. */
	@PostMapping("/runs")
	@PreAuthorize("hasAuthority('benefits:run:prepare')")
	List<ConscriptAllowanceLine> runYear(@RequestParam String countyCode, @RequestParam int year, RegionScope scope,
			Principal user) {
		return this.allowances.runYear(countyCode, year, scope, user.getName());
	}

	@GetMapping("/roster")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	List<ConscriptAllowanceLine> roster(@RequestParam String countyCode, @RequestParam int year, RegionScope scope) {
		return this.allowances.roster(countyCode, year, scope);
	}

}
