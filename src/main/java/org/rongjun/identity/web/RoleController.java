package org.rongjun.identity.web;

import java.util.List;

import jakarta.validation.Valid;

import org.rongjun.identity.AuthenticatedUser;
import org.rongjun.identity.Permission;
import org.rongjun.identity.Role;
import org.rongjun.identity.RoleDraft;
import org.rongjun.identity.RoleService;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity")
class RoleController {

	private final RoleService roles;

	RoleController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping("/roles")
	@PreAuthorize("hasAuthority('identity:role:list') or hasAuthority('identity:user:list')")
	List<Role> list() {
		return this.roles.list();
	}

	@GetMapping("/permissions")
	@PreAuthorize("hasAuthority('identity:role:list')")
	List<Permission> permissions() {
		return this.roles.permissions();
	}

	@PostMapping("/roles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('identity:role:create')")
	Role create(@Valid @RequestBody RoleDraft draft) {
		return this.roles.create(draft);
	}

	@PutMapping("/roles/{id}")
	@PreAuthorize("hasAuthority('identity:role:update')")
	Role update(@PathVariable long id, @Valid @RequestBody RoleDraft draft,
			@AuthenticationPrincipal AuthenticatedUser editor) {
		return this.roles.update(id, draft, editor);
	}

}
