package org.rongjun.honors;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class HonorsPermissions implements PermissionCatalog {

	public static final String PLAQUE_LIST = "honors:plaque:list";

	/** Issuing, hanging, replacing and revoking plaques, and re-deriving eligibility. */
	public static final String PLAQUE_MANAGE = "honors:plaque:manage";

	public static final String MERIT_LIST = "honors:merit:list";

	public static final String MERIT_MANAGE = "honors:merit:manage";

	public static final String SEND_OFF_LIST = "honors:send-off:list";

	public static final String SEND_OFF_MANAGE = "honors:send-off:manage";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(PLAQUE_LIST, "查看光荣牌"),
				new PermissionDefinition(PLAQUE_MANAGE, "管理光荣牌悬挂"), new PermissionDefinition(MERIT_LIST, "查看立功喜报"),
				new PermissionDefinition(MERIT_MANAGE, "登记和送达立功喜报"), new PermissionDefinition(SEND_OFF_LIST, "查看欢送新兵"),
				new PermissionDefinition(SEND_OFF_MANAGE, "组织欢送新兵"));
	}

}
