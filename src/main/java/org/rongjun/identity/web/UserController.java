package org.rongjun.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.rongjun.identity.AuthenticatedUser;
import org.rongjun.identity.NewUser;
import org.rongjun.identity.UserAccount;
import org.rongjun.identity.UserChanges;
import org.rongjun.identity.UserService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
@RequestMapping("/api/identity/users")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('identity:user:list')")
	PageResult<UserAccount> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.users.search(scope, q, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('identity:user:list')")
	UserAccount get(@PathVariable long id, RegionScope scope) {
		return this.users.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('identity:user:create')")
	UserAccount create(@Valid @RequestBody NewUser user, @AuthenticationPrincipal AuthenticatedUser actor) {
		return this.users.create(user, actor);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('identity:user:update')")
	UserAccount update(@PathVariable long id, @Valid @RequestBody UserChanges changes,
			@AuthenticationPrincipal AuthenticatedUser actor) {
		return this.users.update(id, changes, actor);
	}

	@PostMapping("/{id}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('identity:user:unlock')")
	void unlock(@PathVariable long id, RegionScope scope) {
		this.users.unlock(id, scope);
	}

	record PasswordReset(@NotBlank(message = "请输入新密码") String newPassword) {
	}

	@PostMapping("/{id}/password-reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('identity:user:reset-password')")
	void resetPassword(@PathVariable long id, @Valid @RequestBody PasswordReset reset,
			@AuthenticationPrincipal AuthenticatedUser actor) {
		this.users.resetPassword(id, reset.newPassword(), actor);
	}

}
