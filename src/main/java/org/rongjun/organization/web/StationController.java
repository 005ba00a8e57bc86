package org.rongjun.organization.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.organization.Station;
import org.rongjun.organization.StationDraft;
import org.rongjun.organization.StationService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/organization/stations")
class StationController {

	private final StationService stations;

	StationController(StationService stations) {
		this.stations = stations;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('organization:station:list')")
	PageResult<Station> search(@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.stations.search(scope, regionCode, q, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('organization:station:list')")
	Station get(@PathVariable long id, RegionScope scope) {
		return this.stations.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('organization:station:create')")
	Station create(@Valid @RequestBody StationDraft draft, RegionScope scope) {
		return this.stations.create(draft, scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('organization:station:update')")
	Station update(@PathVariable long id, @Valid @RequestBody StationDraft draft, RegionScope scope) {
		return this.stations.update(id, draft, scope);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('organization:station:delete')")
	void delete(@PathVariable long id, RegionScope scope) {
		this.stations.delete(id, scope);
	}

}
