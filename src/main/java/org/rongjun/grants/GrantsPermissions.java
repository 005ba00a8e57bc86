package org.rongjun.grants;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class GrantsPermissions implements PermissionCatalog {

	public static final String GRANT_LIST = "grants:grant:list";

	public static final String GRANT_APPLY = "grants:grant:apply";

	/** Deciding at the level of the caller's own scope (村、乡镇 or 县). */
	public static final String GRANT_REVIEW = "grants:grant:review";

	public static final String GRANT_PAY = "grants:grant:pay";

	/** The county's caps per review level. */
	public static final String POLICY_MANAGE = "grants:policy:manage";

	public static final String TYPE_MANAGE = "grants:type:manage";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(GRANT_LIST, "查看临时困难补助"),
				new PermissionDefinition(GRANT_APPLY, "提交临时困难补助申请"), new PermissionDefinition(GRANT_REVIEW, "审批临时困难补助"),
				new PermissionDefinition(GRANT_PAY, "登记临时困难补助线下发放"),
				new PermissionDefinition(POLICY_MANAGE, "设置各级审批限额"), new PermissionDefinition(TYPE_MANAGE, "维护补助类别"));
	}

}
