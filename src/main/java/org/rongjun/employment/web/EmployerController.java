package org.rongjun.employment.web;

import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.rongjun.employment.posts.Employer;
import org.rongjun.employment.posts.EmployerDraft;
import org.rongjun.employment.posts.EmployerKind;
import org.rongjun.employment.posts.Employers;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.PlausibleDate;
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
@RequestMapping("/api/employment/employers")
class EmployerController {

	private final Employers employers;

	EmployerController(Employers employers) {
		this.employers = employers;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('employment:post:list')")
	PageResult<Employer> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.employers.list(q, EnumParams.parse(EmployerKind.class, kind, "kind"), scope,
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('employment:post:list')")
	Employer get(@PathVariable long id, RegionScope scope) {
		return this.employers.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('employment:post:manage')")
	Employer create(@Valid @RequestBody EmployerRequest request, RegionScope scope, Principal user) {
		return this.employers.create(request.toDraft(), scope, user.getName());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('employment:post:manage')")
	Employer update(@PathVariable long id, @Valid @RequestBody EmployerRequest request, RegionScope scope) {
		return this.employers.update(id, request.toDraft(), scope);
	}

	record EmployerRequest(@Nullable String regionCode, @NotBlank(message = "请填写单位名称") String name,
			@Nullable String kind, @Nullable String creditCode, @Nullable String industry, @Nullable String contactName,
			@Nullable String contactPhone, @Nullable String address, @Nullable String agreementNo,
			@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 30) LocalDate agreementUntil,
			@Nullable Boolean active) {

		EmployerDraft toDraft() {
			return new EmployerDraft(this.regionCode, this.name,
					EnumParams.require(EmployerKind.class, this.kind, "kind", "请选择单位性质"), this.creditCode,
					this.industry, this.contactName, this.contactPhone, this.address, this.agreementNo,
					this.agreementUntil, !Boolean.FALSE.equals(this.active));
		}

	}

}
