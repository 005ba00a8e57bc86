package org.rongjun.meetings;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class MeetingsPermissions implements PermissionCatalog {

	/** Meetings convened in the scope and the decisions followed up in it. */
	public static final String MEETING_LIST = "meetings:meeting:list";

	/** Recording meetings, their files and their decisions. */
	public static final String MEETING_MANAGE = "meetings:meeting:manage";

	/** The responsible unit's part: progress reports, evidence, closing. */
	public static final String ACTION_REPORT = "meetings:action:report";

	/** The convener's part: 督办 notices and returning a closing. */
	public static final String ACTION_SUPERVISE = "meetings:action:supervise";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(MEETING_LIST, "查看会议和决定事项"),
				new PermissionDefinition(MEETING_MANAGE, "登记会议和决定事项"),
				new PermissionDefinition(ACTION_REPORT, "报告决定事项进展和办结"),
				new PermissionDefinition(ACTION_SUPERVISE, "督办和退回决定事项"));
	}

}
