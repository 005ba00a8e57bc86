package org.rongjun.meetings;

import java.util.List;

import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The responsible unit's to-dos: meeting decisions past their deadline (督办) and those due
 * within a week.
 */
@Component
class MeetingsWork implements WorkSource {

	static final int SOON_DAYS = 7;

	private static final PageQuery COUNT_ONLY = new PageQuery(0, 1);

	private final ActionItems items;

	MeetingsWork(ActionItems items) {
		this.items = items;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		if (!worker.may(MeetingsPermissions.MEETING_LIST)) {
			return List.of();
		}
		long overdue = this.items.list(worker.scope(), ActionStatus.OPEN, true, null, COUNT_ONLY).total();
		long soon = this.items.list(worker.scope(), ActionStatus.OPEN, false, SOON_DAYS, COUNT_ONLY).total();
		return List.of(
				new WorkItem("meetings.overdue", "meetings", "逾期未办结的会议决定事项（督办）", overdue,
						"/meetings/action-items?overdue=true", Urgency.OVERDUE),
				new WorkItem("meetings.due-soon", "meetings", "7日内到期的会议决定事项", soon,
						"/meetings/action-items?dueWithinDays=" + SOON_DAYS, Urgency.SOON));
	}

}
