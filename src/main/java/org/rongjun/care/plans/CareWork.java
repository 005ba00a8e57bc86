package org.rongjun.care.plans;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.care.permissions.CarePermissions;
import org.rongjun.care.visits.ProblemSearch;
import org.rongjun.care.visits.ProblemService;
import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/** The care module's to-dos: people overdue for a visit, problems past their deadline. */
@Component
class CareWork implements WorkSource {

	private static final PageQuery COUNT_ONLY = new PageQuery(0, 1);

	private final VisitPlanService plans;

	private final ProblemService problems;

	CareWork(VisitPlanService plans, ProblemService problems) {
		this.plans = plans;
		this.problems = problems;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		List<WorkItem> items = new ArrayList<>();
		if (worker.may(CarePermissions.PLAN_LIST)) {
			// one pass over the countdown for both colours (the summary's counts per
			// region), not a page and a count per colour: four passes
			List<RegionCountdown> regions = this.plans.summary(null, null, null, worker.scope());
			long red = regions.stream().mapToLong(RegionCountdown::red).sum();
			long yellow = regions.stream().mapToLong(RegionCountdown::yellow).sum();
			items.add(new WorkItem("care.visits-overdue", "care", "走访已逾期的人员", red, "/care/countdown", Urgency.OVERDUE));
			items.add(new WorkItem("care.visits-due", "care", "即将到期应走访的人员", yellow, "/care/countdown", Urgency.SOON));
		}
		if (worker.may(CarePermissions.PROBLEM_LIST)) {
			long overdue = this.problems
				.search(new ProblemSearch(null, true, null, null, null, null), worker.scope(), COUNT_ONLY)
				.total();
			items.add(new WorkItem("care.problems-overdue", "care", "逾期未办结的走访问题", overdue, "/care/problems",
					Urgency.OVERDUE));
		}
		return items;
	}

}
