package org.rongjun.risk;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The risk module's to-dos: warnings waiting for triage, open risks past their deadline,
 * risks reported to the worker's level, and checklists still to fill in.
 */
@Component
class RiskWork implements WorkSource {

	private final Warnings warnings;

	private final RiskItems items;

	private final Screenings screenings;

	RiskWork(Warnings warnings, RiskItems items, Screenings screenings) {
		this.warnings = warnings;
		this.items = items;
		this.screenings = screenings;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		List<WorkItem> work = new ArrayList<>();
		if (worker.may(RiskPermissions.WARNING_TRIAGE)) {
			long fresh = this.warnings.search(WarningStatus.NEW, null, null, null, worker.scope(), new PageQuery(0, 1))
				.total();
			work.add(new WorkItem("risk.warnings-new", "risk", "待研判的风险预警", fresh, "/risk/warnings", Urgency.SOON));
		}
		if (worker.may(RiskPermissions.ITEM_LIST)) {
			long overdue = this.items.count(new RiskSearch(RiskStatus.OPEN, null, null, null, true, null, null),
					worker.scope());
			work.add(new WorkItem("risk.items-overdue", "risk", "逾期未化解的风险隐患", overdue, "/risk/items?overdue=true",
					Urgency.OVERDUE));
			worker.scope().root().ifPresent((root) -> {
				Escalation level = Escalation.of(root.level());
				long reported = this.items.count(new RiskSearch(RiskStatus.OPEN, null, null, level, null, null, null),
						worker.scope());
				work.add(new WorkItem("risk.items-reported", "risk", "由本级处置的风险隐患", reported,
						"/risk/items?escalation=" + level.name(), Urgency.NORMAL));
			});
		}
		if (worker.may(RiskPermissions.SCREENING_RECORD)) {
			work.add(new WorkItem("risk.screening-pending", "risk", "待填写的排查表", this.screenings.pending(worker.scope()),
					"/risk/screenings", Urgency.NORMAL));
		}
		return work;
	}

}
