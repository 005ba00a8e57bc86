package org.rongjun.contact;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class ContactPermissions implements PermissionCatalog {

	public static final String PEOPLE_LIST = "contact:people:list";

	public static final String RECORD_LIST = "contact:record:list";

	public static final String RECORD_CREATE = "contact:record:create";

	public static final String BOARD_VIEW = "contact:board:view";

	public static final String LIAISON_ASSIGN = "contact:liaison:assign";

	public static final String CADENCE_LIST = "contact:cadence:list";

	public static final String CADENCE_MANAGE = "contact:cadence:manage";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(PEOPLE_LIST, "查看联系对象和我的联系对象"),
				new PermissionDefinition(RECORD_LIST, "查看联系记录"), new PermissionDefinition(RECORD_CREATE, "登记联系记录"),
				new PermissionDefinition(BOARD_VIEW, "查看联系覆盖率和联络员工作量"),
				new PermissionDefinition(LIAISON_ASSIGN, "分配和移交联络员"),
				new PermissionDefinition(CADENCE_LIST, "查看联系频次规则"),
				new PermissionDefinition(CADENCE_MANAGE, "设置联系频次规则"));
	}

}
