package org.rongjun.petitions;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class PetitionsPermissions implements PermissionCatalog {

	public static final String LIST = "petitions:petition:list";

	public static final String REGISTER = "petitions:petition:register";

	/**
	 * Accepting, assigning, answering, recording deliveries, evaluations and requests.
	 */
	public static final String HANDLE = "petitions:petition:handle";

	/** Recording a 复查 or 复核 opinion. */
	public static final String REVIEW = "petitions:petition:review";

	/** The 负责人: approves extensions (Art 34) and receives missed deadlines. */
	public static final String LEAD = "petitions:petition:lead";

	public static final String STATISTICS = "petitions:statistics:view";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(LIST, "查看信访事项"), new PermissionDefinition(REGISTER, "登记信访事项"),
				new PermissionDefinition(HANDLE, "办理信访事项"), new PermissionDefinition(REVIEW, "录入复查复核意见"),
				new PermissionDefinition(LEAD, "信访负责人（批准延期、督办逾期）"), new PermissionDefinition(STATISTICS, "查看信访统计"));
	}

}
