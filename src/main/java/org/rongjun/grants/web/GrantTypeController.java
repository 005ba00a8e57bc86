package org.rongjun.grants.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.rongjun.grants.GrantType;
import org.rongjun.grants.GrantTypes;
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
@RequestMapping("/api/grants/types")
class GrantTypeController {

	private final GrantTypes types;

	GrantTypeController(GrantTypes types) {
		this.types = types;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('grants:grant:list', 'grants:type:manage')")
	List<GrantType> list(@RequestParam(defaultValue = "false") boolean includeInactive) {
		return this.types.list(includeInactive);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('grants:type:manage')")
	GrantType add(@Valid @RequestBody TypeRequest request) {
		return this.types.add(new GrantType((request.code() != null) ? request.code() : "", request.name(),
				(request.sortOrder() != null) ? request.sortOrder() : 0, !Boolean.FALSE.equals(request.active())));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('grants:type:manage')")
	GrantType change(@PathVariable String code, @Valid @RequestBody TypeRequest request) {
		return this.types.change(code, new GrantType(code, request.name(),
				(request.sortOrder() != null) ? request.sortOrder() : 0, !Boolean.FALSE.equals(request.active())));
	}

	record TypeRequest(@Nullable String code, @NotBlank(message = "请填写名称") String name, @Nullable Integer sortOrder,
			@Nullable Boolean active) {
	}

}
