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
 * their own and cannot hand out a scope wider than their own.
 */
@Service
@Transactional
public class UserService {

	private final UserRepository users;

	private final RoleRepository roles;

	private final RegionDirectory regions;

	private final PasswordEncoder passwords;

	UserService(UserRepository users, RoleRepository roles, RegionDirectory regions, PasswordEncoder passwords) {
		this.users = users;
		this.roles = roles;
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

	public UserAccount create(NewUser draft, RegionScope scope) {
		if (this.users.usernameTaken(draft.username())) {
			throw ProblemException.invalidField("username", "用户名已存在");
		}
		requireScope(draft.scopeCode(), scope);
		PasswordPolicy.check("password", draft.password(), draft.username());
		List<Role> granted = requireRoles(draft.roles());
		long id = this.users.insert(draft.username(), draft.displayName().strip(),
				this.passwords.encode(draft.password()), draft.scopeCode(), draft.enabled() == null || draft.enabled());
		this.users.replaceRoles(id, granted.stream().map(Role::id).toList());
		return get(id, scope);
	}

	public UserAccount update(long id, UserChanges changes, RegionScope scope) {
		get(id, scope);
		requireScope(changes.scopeCode(), scope);
		List<Role> granted = requireRoles(changes.roles());
		this.users.update(id, changes.displayName().strip(), changes.scopeCode(),
				changes.enabled() == null || changes.enabled());
		this.users.replaceRoles(id, granted.stream().map(Role::id).toList());
		return get(id, scope);
	}

	public void unlock(long id, RegionScope scope) {
		get(id, scope);
		this.users.unlock(id);
	}

	/** Sets a temporary password that the user must change at the next login. */
	public void resetPassword(long id, String newPassword, RegionScope scope) {
		UserAccount account = get(id, scope);
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
		AdminSeparation.check(found);
		return found;
	}

	private static UserAccount withScopeName(UserAccount account, Map<String, String> names) {
		String name = (account.scopeCode() != null) ? names.getOrDefault(account.scopeCode(), account.scopeCode()) : "";
		return new UserAccount(account.id(), account.username(), account.displayName(), account.scopeCode(), name,
				account.roles(), account.enabled(), account.locked(), account.mustChangePassword(),
				account.lastLoginAt());
	}

}
