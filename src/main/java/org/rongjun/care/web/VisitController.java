package org.rongjun.care.web;

import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.visits.Visit;
import org.rongjun.care.visits.VisitDraft;
import org.rongjun.care.visits.VisitService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/care/visits")
class VisitController {

	private final VisitService visits;

	VisitController(VisitService visits) {
		this.visits = visits;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('care:visit:record')")
	Visit record(@Valid @RequestBody VisitDraft draft, RegionScope scope, Principal user) {
		return this.visits.record(draft, scope, user.getName());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('care:visit:list')")
	PageResult<Visit> search(@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Long veteranId,
			@RequestParam(required = false) @Nullable Long garrisonUnitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.visits.search(regionCode, veteranId, garrisonUnitId, from, to, scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('care:visit:list')")
	Visit get(@PathVariable long id, RegionScope scope) {
		return this.visits.get(id, scope);
	}

}
