package org.rongjun.identity;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class IdentityPermissions implements PermissionCatalog {

	public static final String USER_LIST = "identity:user:list";

	public static final String USER_CREATE = "identity:user:create";

	public static final String USER_UPDATE = "identity:user:update";

	public static final String USER_UNLOCK = "identity:user:unlock";

	public static final String USER_RESET_PASSWORD = "identity:user:reset-password";

	public static final String ROLE_LIST = "identity:role:list";

	public static final String ROLE_CREATE = "identity:role:create";

	public static final String ROLE_UPDATE = "identity:role:update";

	public static final String AUDIT_LIST = "identity:audit:list";

	public static final String AUDIT_VERIFY = "identity:audit:verify";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(USER_LIST, "查看用户"), new PermissionDefinition(USER_CREATE, "新增用户"),
				new PermissionDefinition(USER_UPDATE, "修改用户"), new PermissionDefinition(USER_UNLOCK, "解锁用户"),
				new PermissionDefinition(USER_RESET_PASSWORD, "重置密码"), new PermissionDefinition(ROLE_LIST, "查看角色"),
				new PermissionDefinition(ROLE_CREATE, "新增角色"), new PermissionDefinition(ROLE_UPDATE, "修改角色权限"),
				new PermissionDefinition(AUDIT_LIST, "查看审计日志"), new PermissionDefinition(AUDIT_VERIFY, "校验审计日志"));
	}

}
