package org.rongjun.risk;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class RiskPermissions implements PermissionCatalog {

	public static final String WARNING_LIST = "risk:warning:list";

	public static final String WARNING_TRIAGE = "risk:warning:triage";

	public static final String ITEM_LIST = "risk:item:list";

	public static final String ITEM_HANDLE = "risk:item:handle";

	public static final String SCREENING_LIST = "risk:screening:list";

	public static final String SCREENING_MANAGE = "risk:screening:manage";

	public static final String SCREENING_RECORD = "risk:screening:record";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(WARNING_LIST, "查看风险预警"),
				new PermissionDefinition(WARNING_TRIAGE, "研判风险预警（转为隐患或排除）"),
				new PermissionDefinition(ITEM_LIST, "查看风险隐患台账（每次查看均记入审计日志）"),
				new PermissionDefinition(ITEM_HANDLE, "登记、上报和化解风险隐患"),
				new PermissionDefinition(SCREENING_LIST, "查看矛盾隐患排查"),
				new PermissionDefinition(SCREENING_MANAGE, "组织矛盾隐患排查"),
				new PermissionDefinition(SCREENING_RECORD, "填写排查表"));
	}

}
