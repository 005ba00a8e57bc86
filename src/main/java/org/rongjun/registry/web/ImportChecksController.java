package org.rongjun.registry.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.rongjun.registry.person.NumberChecks;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
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

/**
 * What imported rosters leave for staff to check: stored ID and account numbers that look
 * damaged by Excel, and people whose roster remark said they died.
 */
@RestController
@RequestMapping("/api/registry")
class ImportChecksController {

	private final NumberChecks checks;

	private final VeteranRepository veterans;

	ImportChecksController(NumberChecks checks, VeteranRepository veterans) {
		this.checks = checks;
		this.veterans = veterans;
	}

	@GetMapping("/number-checks")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	PageResult<NumberChecks.Suspect> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.checks.list(scope, PageQuery.of(page, size));
	}

	@PostMapping("/veterans/{id}/number-review")
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void review(@PathVariable long id, @Valid @RequestBody NumberChecks.Review review, RegionScope scope,
			Principal user) {
		this.checks.review(id, review, scope, user.getName());
	}

	@GetMapping("/death-checks")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	PageResult<VeteranRepository.DeathCheck> deathChecks(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		PageQuery query = PageQuery.of(page, size);
		return query.result(this.veterans.deathChecks(scope, query), () -> this.veterans.countDeathChecks(scope));
	}

	/**
	 * Staff checked and the person is alive; a death is reported through /death instead.
	 */
	@PostMapping("/veterans/{id}/death-check-cleared")
	@PreAuthorize("hasAuthority('registry:veteran:report-death')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clearDeathCheck(@PathVariable long id, RegionScope scope) {
		if (!this.veterans.clearDeathCheck(id, scope)) {
			throw ProblemException.notFound("该人员没有待核实的去世备注，或不在您的数据范围内");
		}
	}

}
