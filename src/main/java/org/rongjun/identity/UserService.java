package org.rongjun.identity;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. An administrator manages the accounts whose scope lies inside
 * their own and cannot hand out a scope wider than their own. 三员分立 (ADR 0019): nobody
 * changes their own roles, scope or enabled flag, and an administrator does not create,
 * change or reset the password of an account of another administrator kind — that would
 * let one kind log in as another; the server console does it ({@code --create-admin},
 * {@code --reset-password}).
 */
@Service
@Transactional
public class UserService {

	private final UserRepository users;

	private final RoleRepository roles;

	private final RoleService roleCatalog;

	private final RegionDirectory regions;

	private final PasswordEncoder passwords;

	UserService(UserRepository users, RoleRepository roles, RoleService roleCatalog, RegionDirectory regions,
			PasswordEncoder passwords) {
		this.users = users;
		this.roles = roles;
		this.roleCatalog = roleCatalog;
		this.regions = regions;
		this.passwords = passwords;
	}

	@Transactional(readOnly = true)
	public PageResult<UserAccount> search(RegionScope scope, @Nullable String text, PageQuery page) {
		PageResult<UserAccount> found = this.users.search(scope, text, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(UserAccount::scopeCode).filter(java.util.Objects::nonNull).toList());
		return found.map((account) -> withScopeName(account, names));
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id, RegionScope scope) {
		UserAccount account = this.users.account(id, scope)
			.orElseThrow(() -> ProblemException.notFound("用户不存在或不在您的数据范围内"));
		return withScopeName(account,
				this.regions.namesOf((account.scopeCode() != null) ? List.of(account.scopeCode()) : List.of()));
	}

	public UserAccount create(NewUser draft, AuthenticatedUser actor) {
		RegionScope scope = actor.scope();
		if (this.users.usernameTaken(draft.username())) {
			throw ProblemException.invalidField("username", "用户名已存在");
		}
		requireScope(draft.scopeCode(), scope);
		PasswordPolicy.check("password", draft.password(), draft.username());
		List<Role> granted = requireRoles(draft.roles());
		requireOwnKind(AdminSeparation.kindOf(granted), actor);
		long id = this.users.insert(draft.username(), draft.displayName().strip(),
				this.passwords.encode(draft.password()), draft.scopeCode(), draft.enabled() == null || draft.enabled());
		this.users.replaceRoles(id, granted.stream().map(Role::id).toList());
		return get(id, scope);
	}

	public UserAccount update(long id, UserChanges changes, AuthenticatedUser actor) {
		RegionScope scope = actor.scope();
		UserAccount current = get(id, scope);
		boolean enabled = changes.enabled() == null || changes.enabled();
		if (id == actor.id() && (!changes.scopeCode().equals(current.scopeCode()) || enabled != current.enabled()
				|| !new java.util.HashSet<>(changes.roles()).equals(new java.util.HashSet<>(current.roles())))) {
			throw AdminSeparation.selfChange("修改本人的角色、数据范围或启用状态");
		}
		requireOwnKind(AdminSeparation.kindOf(this.roles.rolesOf(id)), actor);
		requireScope(changes.scopeCode(), scope);
		List<Role> granted = requireRoles(changes.roles());
		requireOwnKind(AdminSeparation.kindOf(granted), actor);
		this.users.update(id, changes.displayName().strip(), changes.scopeCode(), enabled);
		this.users.replaceRoles(id, granted.stream().map(Role::id).toList());
		return get(id, scope);
	}

	public void unlock(long id, RegionScope scope) {
		get(id, scope);
		this.users.unlock(id);
	}

	/** Sets a temporary password that the user must change at the next login. */
	public void resetPassword(long id, String newPassword, AuthenticatedUser actor) {
		UserAccount account = get(id, actor.scope());
		if (id == actor.id()) {
			throw AdminSeparation.selfChange("重置本人的密码（请在“修改密码”中办理）");
		}
		requireOwnKind(AdminSeparation.kindOf(this.roles.rolesOf(id)), actor);
		PasswordPolicy.check("newPassword", newPassword, account.username());
		this.users.updatePassword(id, this.passwords.encode(newPassword), true);
		this.users.unlock(id);
	}

	private void requireScope(String scopeCode, RegionScope scope) {
		if (!this.regions.isCurrent(scopeCode)) {
			throw ProblemException.invalidField("scopeCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(scopeCode)) {
			throw ProblemException.outOfScope("不能授予超出您本人数据范围的权限");
		}
	}

	private List<Role> requireRoles(List<String> codes) {
		List<Role> found = this.roles.findByCodes(codes);
		if (found.size() != new java.util.HashSet<>(codes).size()) {
			throw ProblemException.invalidField("roles", "所选角色不存在");
		}
		AdminSeparation.checkAccount(found, this.roleCatalog.catalog());
		return found;
	}

	/**
	 * An account of an administrator kind is the business of an administrator of the same
	 * kind only.
	 */
	private void requireOwnKind(@Nullable AdminKind kind, AuthenticatedUser actor) {
		if (kind != null && kind != AdminSeparation.kindOf(this.roles.findByCodes(actor.roles()))) {
			throw AdminSeparation.otherAdminKind();
		}
	}

	private static UserAccount withScopeName(UserAccount account, Map<String, String> names) {
		String name = (account.scopeCode() != null) ? names.getOrDefault(account.scopeCode(), account.scopeCode()) : "";
		return new UserAccount(account.id(), account.username(), account.displayName(), account.scopeCode(), name,
				account.roles(), account.enabled(), account.locked(), account.mustChangePassword(),
				account.lastLoginAt());
	}

}
