package org.rongjun.employment.matching;

import java.util.List;

import org.rongjun.employment.EmploymentPermissions;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/** Referrals whose follow-up is due: ask the employer and the veteran how it went. */
@Component
class EmploymentWork implements WorkSource {

	private final Referrals referrals;

	EmploymentWork(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		if (!worker.may(EmploymentPermissions.REFERRAL_MANAGE)) {
			return List.of();
		}
		long[] due = this.referrals.due(worker.scope());
		Urgency urgency = (due[1] > 0) ? Urgency.OVERDUE : (due[0] > 0) ? Urgency.SOON : Urgency.NORMAL;
		return List.of(new WorkItem("employment.follow-ups", "employment", "待回访的就业推荐", due[0],
				"/employment/referrals?due=true", urgency));
	}

}
