package org.rongjun.care.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.garrison.GarrisonUnit;
import org.rongjun.care.garrison.GarrisonUnitDraft;
import org.rongjun.care.garrison.GarrisonUnitService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
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
@RequestMapping("/api/care/garrison-units")
class GarrisonUnitController {

	private final GarrisonUnitService units;

	GarrisonUnitController(GarrisonUnitService units) {
		this.units = units;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('care:garrison:list')")
	PageResult<GarrisonUnit> search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.units.search(scope, name, active, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('care:garrison:manage')")
	GarrisonUnit create(@Valid @RequestBody GarrisonUnitDraft draft, RegionScope scope) {
		return this.units.create(draft, scope);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('care:garrison:list')")
	GarrisonUnit get(@PathVariable long id, RegionScope scope) {
		return this.units.get(id, scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('care:garrison:manage')")
	GarrisonUnit update(@PathVariable long id, @Valid @RequestBody GarrisonUnitDraft draft, RegionScope scope) {
		return this.units.update(id, draft, scope);
	}

}
