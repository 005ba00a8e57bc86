package org.rongjun.organization.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.organization.StaffMember;
import org.rongjun.organization.StaffDraft;
import org.rongjun.organization.StaffService;
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
@RequestMapping("/api/organization/staff")
class StaffController {

	private final StaffService staff;

	StaffController(StaffService staff) {
		this.staff = staff;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('organization:staff:list')")
	PageResult<StaffMember> search(@RequestParam(required = false) @Nullable Long stationId,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.staff.search(scope, stationId, q, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('organization:staff:list')")
	StaffMember get(@PathVariable long id, RegionScope scope) {
		return this.staff.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('organization:staff:create')")
	StaffMember create(@Valid @RequestBody StaffDraft draft, RegionScope scope) {
		return this.staff.create(draft, scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('organization:staff:update')")
	StaffMember update(@PathVariable long id, @Valid @RequestBody StaffDraft draft, RegionScope scope) {
		return this.staff.update(id, draft, scope);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('organization:staff:delete')")
	void delete(@PathVariable long id, RegionScope scope) {
		this.staff.delete(id, scope);
	}

}
