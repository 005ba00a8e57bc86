package org.rongjun.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * 三员分立 (ADR 0019): system, security and audit administration are never held together, an
 * administrator holds no business permission (and business roles no administration),
 * built-in roles stay as shipped, and nobody changes their own grants. The database
 * enforces the first two again at commit ({@code identity.refuse_mixed_duties}).
 */
final class AdminSeparation {

	private AdminSeparation() {
	}

	/** A role of kind {@code kind} may carry each of {@code permissions}. */
	static void checkRole(@Nullable AdminKind kind, Collection<String> permissions, Map<String, Permission> catalog) {
		Duty duty = Duty.of(kind);
		Set<String> misplaced = new TreeSet<>();
		for (String code : permissions) {
			Permission permission = catalog.get(code);
			if (permission == null) {
				throw ProblemException.invalidField("permissions", "未知的权限编码：" + code);
			}
			if (!permission.holders().contains(duty)) {
				misplaced.add(permission.name());
			}
		}
		if (!misplaced.isEmpty()) {
			throw ProblemException.invalidField("permissions",
					"三员分立：" + label(duty) + "角色不能包含以下权限：" + String.join("、", misplaced));
		}
	}

	/**
	 * One account may hold these roles together: at most one administrator kind, and then
	 * only permissions of that kind.
	 */
	static void checkAccount(Collection<Role> roles, Map<String, Permission> catalog) {
		long kinds = roles.stream().map(Role::adminKind).filter(Objects::nonNull).distinct().count();
		if (kinds > 1) {
			throw violation();
		}
		AdminKind kind = kindOf(roles);
		if (kind == null) {
			return;
		}
		List<String> foreign = roles.stream()
			.flatMap((role) -> role.permissions().stream())
			.map(catalog::get)
			.filter((permission) -> permission != null && !permission.holders().contains(Duty.of(kind)))
			.map(Permission::name)
			.distinct()
			.sorted()
			.toList();
		if (!foreign.isEmpty()) {
			String named = String.join("、", foreign.subList(0, Math.min(3, foreign.size())))
					+ ((foreign.size() > 3) ? " 等 " + foreign.size() + " 项" : "");
			throw new ProblemException(HttpStatus.CONFLICT, "ADMIN_ROLES_SEPARATED", "三员分立",
					label(Duty.of(kind)) + "账号不能同时持有业务或其他管理权限（" + named + "）");
		}
	}

	static @Nullable AdminKind kindOf(Collection<Role> roles) {
		return roles.stream().map(Role::adminKind).filter(Objects::nonNull).findFirst().orElse(null);
	}

	static ProblemException violation() {
		return new ProblemException(HttpStatus.CONFLICT, "ADMIN_ROLES_SEPARATED", "三员分立",
				"系统管理员、安全管理员、审计管理员须由不同账号担任，不能兼任");
	}

	static ProblemException builtinReadOnly() {
		return new ProblemException(HttpStatus.CONFLICT, "BUILTIN_ROLE_READ_ONLY", "内置角色不能修改",
				"内置角色保持出厂设置，请复制为新角色后修改副本");
	}

	static ProblemException selfChange(String what) {
		return new ProblemException(HttpStatus.FORBIDDEN, "SELF_CHANGE_REFUSED", "不能修改本人权限",
				"不能" + what + "，请由其他管理员办理");
	}

	static ProblemException otherAdminKind() {
		return new ProblemException(HttpStatus.FORBIDDEN, "OTHER_ADMIN_KIND", "三员分立",
				"不能创建、修改其他类型管理员的账号或重置其密码；请在服务器上运行 --create-admin 或 --reset-password 办理");
	}

	private static String label(Duty duty) {
		return switch (duty) {
			case SYSTEM -> "系统管理员";
			case SECURITY -> "安全管理员";
			case AUDIT -> "审计管理员";
			case BUSINESS -> "业务";
		};
	}

}
