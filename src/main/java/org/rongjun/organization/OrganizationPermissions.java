package org.rongjun.organization;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class OrganizationPermissions implements PermissionCatalog {

	public static final String REGION_LIST = "organization:region:list";

	public static final String STATION_LIST = "organization:station:list";

	public static final String STATION_CREATE = "organization:station:create";

	public static final String STATION_UPDATE = "organization:station:update";

	public static final String STATION_DELETE = "organization:station:delete";

	public static final String STAFF_LIST = "organization:staff:list";

	public static final String STAFF_CREATE = "organization:staff:create";

	public static final String STAFF_UPDATE = "organization:staff:update";

	public static final String STAFF_DELETE = "organization:staff:delete";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(REGION_LIST, "查看行政区划"),
				new PermissionDefinition(STATION_LIST, "查看服务中心(站)"),
				new PermissionDefinition(STATION_CREATE, "新增服务中心(站)"),
				new PermissionDefinition(STATION_UPDATE, "修改服务中心(站)"),
				new PermissionDefinition(STATION_DELETE, "删除服务中心(站)"), new PermissionDefinition(STAFF_LIST, "查看工作人员"),
				new PermissionDefinition(STAFF_CREATE, "新增工作人员"), new PermissionDefinition(STAFF_UPDATE, "修改工作人员"),
				new PermissionDefinition(STAFF_DELETE, "删除工作人员"));
	}

}
