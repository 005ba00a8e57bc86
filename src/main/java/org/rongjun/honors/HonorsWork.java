package org.rongjun.honors;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The honors to-dos: households still without a hung plaque, merit notices past their
 * deadline.
 */
@Component
class HonorsWork implements WorkSource {

	private static final PageQuery COUNT_ONLY = new PageQuery(0, 1);

	private final GloryPlaques plaques;

	private final MeritNotices notices;

	HonorsWork(GloryPlaques plaques, MeritNotices notices) {
		this.plaques = plaques;
		this.notices = notices;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		List<WorkItem> items = new ArrayList<>();
		if (worker.may(HonorsPermissions.PLAQUE_LIST)) {
			long unhung = this.plaques.households(worker.scope(), null, true, null, COUNT_ONLY).total();
			items.add(new WorkItem("honors.plaques", "honors", "符合条件尚未悬挂光荣牌的家庭", unhung, "/honors/plaque-households",
					Urgency.NORMAL));
		}
		if (worker.may(HonorsPermissions.MERIT_LIST)) {
			long overdue = this.notices.list(worker.scope(), null, true, COUNT_ONLY).total();
			items.add(new WorkItem("honors.merit-notices", "honors", "逾期未送达的立功喜报", overdue, "/honors/merit-notices",
					Urgency.OVERDUE));
		}
		return items;
	}

}
