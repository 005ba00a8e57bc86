package org.rongjun.identity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.rongjun.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and the permission codes they carry; the codes come from the modules' catalogs.
 */
@Service
@Transactional
public class RoleService {

	private final RoleRepository roles;

	private final UserRepository users;

	private final List<PermissionCatalog> catalogs;

	RoleService(RoleRepository roles, UserRepository users, List<PermissionCatalog> catalogs) {
		this.roles = roles;
		this.users = users;
		this.catalogs = catalogs;
	}

	@Transactional(readOnly = true)
	public List<Role> list() {
		return this.roles.findAll();
	}

	public List<PermissionDefinition> permissions() {
		Map<String, PermissionDefinition> all = new LinkedHashMap<>();
		this.catalogs.stream()
			.flatMap((catalog) -> catalog.permissions().stream())
			.sorted(Comparator.comparing(PermissionDefinition::code))
			.forEach((permission) -> all.put(permission.code(), permission));
		return List.copyOf(all.values());
	}

	public Role create(RoleDraft draft) {
		if (this.roles.codeTaken(draft.code())) {
			throw ProblemException.invalidField("code", "角色编码已存在");
		}
		Set<String> permissions = requireKnown(draft.permissions());
		long id = this.roles.insert(draft.code(), draft.name().strip(), draft.adminKind());
		this.roles.replacePermissions(id, permissions);
		return this.roles.find(id).orElseThrow();
	}

	public Role update(long id, RoleDraft draft) {
		Role role = this.roles.find(id).orElseThrow(() -> ProblemException.notFound("角色不存在"));
		if (!role.code().equals(draft.code())) {
			throw ProblemException.invalidField("code", "角色编码不能修改");
		}
		if (role.builtin() && role.adminKind() != draft.adminKind()) {
			throw ProblemException.invalidField("adminKind", "内置角色的管理员类型不能修改");
		}
		if (draft.adminKind() != null && this.roles.usersConflictingWith(id, draft.adminKind()) > 0) {
			throw AdminSeparation.violation();
		}
		Set<String> permissions = requireKnown(draft.permissions());
		this.roles.update(id, draft.name().strip(), draft.adminKind());
		this.roles.replacePermissions(id, permissions);
		this.users.bumpHoldersOf(id);
		return this.roles.find(id).orElseThrow();
	}

	private Set<String> requireKnown(List<String> permissions) {
		Set<String> known = new HashSet<>();
		permissions().forEach((permission) -> known.add(permission.code()));
		for (String permission : permissions) {
			if (!known.contains(permission)) {
				throw ProblemException.invalidField("permissions", "未知的权限编码：" + permission);
			}
		}
		return new java.util.TreeSet<>(permissions);
	}

}
