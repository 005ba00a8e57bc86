package org.rongjun.grading;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class GradingPermissions implements PermissionCatalog {

	public static final String LIST = "grading:assessment:list";

	/** A station's self-assessment, its evidence and its improvement tasks. */
	public static final String SUBMIT = "grading:assessment:submit";

	/** The township's review of its villages' stations. */
	public static final String REVIEW = "grading:assessment:review";

	/** The county's rating. */
	public static final String RATE = "grading:assessment:rate";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(LIST, "查看服务站等级评定"), new PermissionDefinition(SUBMIT, "服务站自评和整改"),
				new PermissionDefinition(REVIEW, "乡镇审核服务站自评"), new PermissionDefinition(RATE, "县级评定服务站等级"));
	}

}
