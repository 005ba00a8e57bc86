package org.rongjun.grants;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The grants' to-dos: applications waiting for the worker's decision, and their own
 * applications returned for completion.
 */
@Component
class GrantsWork implements WorkSource {

	private static final PageQuery COUNT_ONLY = new PageQuery(0, 1);

	private final HardshipGrants grants;

	GrantsWork(HardshipGrants grants) {
		this.grants = grants;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		List<WorkItem> items = new ArrayList<>();
		if (worker.may(GrantsPermissions.GRANT_REVIEW)) {
			long waiting = this.grants.inbox(worker.scope(), worker.username(), COUNT_ONLY).total();
			items.add(new WorkItem("grants.inbox", "grants", "待我审批的临时困难补助", waiting, "/grants/inbox", Urgency.NORMAL));
		}
		if (worker.may(GrantsPermissions.GRANT_APPLY)) {
			long returned = this.grants
				.list(GrantStatus.RETURNED, null, worker.username(), null, worker.scope(), COUNT_ONLY)
				.total();
			items.add(new WorkItem("grants.returned", "grants", "被退回待补充的补助申请", returned, "/grants", Urgency.NORMAL));
		}
		return items;
	}

}
