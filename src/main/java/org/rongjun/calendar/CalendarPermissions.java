package org.rongjun.calendar;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class CalendarPermissions implements PermissionCatalog {

	public static final String YEAR_LIST = "calendar:year:list";

	/** Loading, replacing or removing a year's official arrangement. */
	public static final String YEAR_MANAGE = "calendar:year:manage";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(YEAR_LIST, "查看节假日安排"),
				new PermissionDefinition(YEAR_MANAGE, "维护节假日安排"));
	}

}
