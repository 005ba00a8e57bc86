package org.rongjun.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.rongjun.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and the permission codes they carry; the codes and their names come from the
 * modules' catalogs, which duties may carry them from {@code identity.permission} (ADR
 * 0019). Built-in roles are read-only: a bureau that wants another mix copies one.
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

	/** Every permission of the modules' catalogs with the duties that may hold it. */
	@Transactional(readOnly = true)
	public List<Permission> permissions() {
		return List.copyOf(catalog().values());
	}

	Map<String, Permission> catalog() {
		Map<String, Set<Duty>> holders = this.roles.holders();
		Map<String, Permission> all = new LinkedHashMap<>();
		this.catalogs.stream()
			.flatMap((catalog) -> catalog.permissions().stream())
			.sorted(Comparator.comparing(PermissionDefinition::code))
			.forEach((definition) -> all.put(definition.code(), new Permission(definition.code(), definition.name(),
					holders.getOrDefault(definition.code(), Set.of()))));
		return all;
	}

	public Role create(RoleDraft draft) {
		if (this.roles.codeTaken(draft.code())) {
			throw ProblemException.invalidField("code", "角色编码已存在");
		}
		AdminSeparation.checkRole(draft.adminKind(), draft.permissions(), catalog());
		long id = this.roles.insert(draft.code(), draft.name().strip(), draft.adminKind());
		this.roles.replacePermissions(id, new TreeSet<>(draft.permissions()));
		return this.roles.find(id).orElseThrow();
	}

	/**
	 * Changes a custom role. Not a built-in one, not one the editor holds (that would
	 * change their own rights), and not so that any holder ends up with mixed duties.
	 */
	public Role update(long id, RoleDraft draft, AuthenticatedUser editor) {
		Role role = this.roles.find(id).orElseThrow(() -> ProblemException.notFound("角色不存在"));
		if (!role.code().equals(draft.code())) {
			throw ProblemException.invalidField("code", "角色编码不能修改");
		}
		if (role.builtin()) {
			throw AdminSeparation.builtinReadOnly();
		}
		if (editor.roles().contains(role.code())) {
			throw AdminSeparation.selfChange("修改本人持有的角色");
		}
		Map<String, Permission> catalog = catalog();
		AdminSeparation.checkRole(draft.adminKind(), draft.permissions(), catalog);
		Role changed = new Role(role.id(), role.code(), draft.name().strip(), draft.adminKind(), false,
				List.copyOf(new TreeSet<>(draft.permissions())));
		for (long holder : this.roles.holdersOf(id)) {
			List<Role> held = new ArrayList<>(this.roles.rolesOf(holder));
			held.replaceAll((r) -> (r.id() == id) ? changed : r);
			AdminSeparation.checkAccount(held, catalog);
		}
		this.roles.update(id, changed.name(), changed.adminKind());
		this.roles.replacePermissions(id, changed.permissions());
		this.users.bumpHoldersOf(id);
		return this.roles.find(id).orElseThrow();
	}

}
