package org.rongjun.identity;

import java.util.Collection;
import java.util.Objects;

import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** 三员分立: the system, security and audit administrator roles are never held together. */
final class AdminSeparation {

	private AdminSeparation() {
	}

	static void check(Collection<Role> roles) {
		long kinds = roles.stream().map(Role::adminKind).filter(Objects::nonNull).distinct().count();
		if (kinds > 1) {
			throw violation();
		}
	}

	static ProblemException violation() {
		return new ProblemException(HttpStatus.CONFLICT, "ADMIN_ROLES_SEPARATED", "三员分立",
				"系统管理员、安全管理员、审计管理员须由不同账号担任，不能兼任");
	}

}
