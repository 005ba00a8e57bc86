package org.rongjun.care.permissions;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class CarePermissions implements PermissionCatalog {

	public static final String PLAN_LIST = "care:plan:list";

	public static final String PLAN_MANAGE = "care:plan:manage";

	public static final String VISIT_LIST = "care:visit:list";

	public static final String VISIT_RECORD = "care:visit:record";

	public static final String PROBLEM_LIST = "care:problem:list";

	public static final String PROBLEM_HANDLE = "care:problem:handle";

	public static final String CAMPAIGN_LIST = "care:campaign:list";

	public static final String CAMPAIGN_MANAGE = "care:campaign:manage";

	public static final String CAMPAIGN_RECORD = "care:campaign:record";

	public static final String GARRISON_LIST = "care:garrison:list";

	public static final String GARRISON_MANAGE = "care:garrison:manage";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(PLAN_LIST, "查看走访计划和倒计时"),
				new PermissionDefinition(PLAN_MANAGE, "制定走访计划"), new PermissionDefinition(VISIT_LIST, "查看走访记录"),
				new PermissionDefinition(VISIT_RECORD, "登记走访慰问"), new PermissionDefinition(PROBLEM_LIST, "查看反映问题"),
				new PermissionDefinition(PROBLEM_HANDLE, "办理反映问题"), new PermissionDefinition(CAMPAIGN_LIST, "查看节日慰问活动"),
				new PermissionDefinition(CAMPAIGN_MANAGE, "发起节日慰问活动"),
				new PermissionDefinition(CAMPAIGN_RECORD, "登记慰问完成情况"),
				new PermissionDefinition(GARRISON_LIST, "查看驻地部队"), new PermissionDefinition(GARRISON_MANAGE, "维护驻地部队"));
	}

}
