package org.rongjun.employment;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class EmploymentPermissions implements PermissionCatalog {

	public static final String POST_LIST = "employment:post:list";

	/** Employers and their posts. */
	public static final String POST_MANAGE = "employment:post:manage";

	public static final String PROFILE_LIST = "employment:profile:list";

	public static final String PROFILE_MANAGE = "employment:profile:manage";

	/** Referring a veteran to a post and recording what came of it. */
	public static final String REFERRAL_MANAGE = "employment:referral:manage";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(POST_LIST, "查看合作单位和岗位"),
				new PermissionDefinition(POST_MANAGE, "维护合作单位和岗位"), new PermissionDefinition(PROFILE_LIST, "查看就业档案"),
				new PermissionDefinition(PROFILE_MANAGE, "维护就业档案"),
				new PermissionDefinition(REFERRAL_MANAGE, "就业推荐及结果登记"));
	}

}
