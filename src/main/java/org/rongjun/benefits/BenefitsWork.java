package org.rongjun.benefits;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.benefits.overpayment.Overpayments;
import org.rongjun.benefits.payment.PaymentRunReports;
import org.rongjun.benefits.payment.RunStatus;
import org.rongjun.benefits.standard.BenefitStandards;
import org.rongjun.benefits.standard.StandardStatus;
import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The checker's to-dos: payment runs, standards and 追缴 write-offs (核销) someone else
 * prepared or requested, waiting for a second person (maker-checker). Runs are a few a
 * month per county, so one page holds them.
 */
@Component
class BenefitsWork implements WorkSource {

	private static final PageQuery RECENT_RUNS = new PageQuery(0, 200);

	private final PaymentRunReports runs;

	private final BenefitStandards standards;

	private final Overpayments overpayments;

	BenefitsWork(PaymentRunReports runs, BenefitStandards standards, Overpayments overpayments) {
		this.runs = runs;
		this.standards = standards;
		this.overpayments = overpayments;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		List<WorkItem> items = new ArrayList<>();
		if (worker.may(BenefitsPermissions.RUN_APPROVE)) {
			long waiting = this.runs.list(worker.scope(), null, RECENT_RUNS)
				.items()
				.stream()
				.filter((run) -> run.status() == RunStatus.PREPARED && !run.preparedBy().equals(worker.username()))
				.count();
			// waiting for a second person is work to do, not a deadline: 待处理, not 即将到期
			items.add(new WorkItem("benefits.runs", "benefits", "待复核的发放批次", waiting, "/benefits/runs", Urgency.NORMAL));
		}
		if (worker.may(BenefitsPermissions.STANDARD_APPROVE)) {
			long drafts = this.standards.list(worker.scope(), null, StandardStatus.DRAFT, null)
				.stream()
				.filter((standard) -> BenefitStandards.isDecidable(worker.scope(), standard.regionCode())
						&& !standard.createdBy().equals(worker.username()))
				.count();
			items.add(new WorkItem("benefits.standards", "benefits", "待审核的抚恤补助标准", drafts, "/benefits/standards",
					Urgency.NORMAL));
		}
		if (worker.may(BenefitsPermissions.OVERPAYMENT_WAIVE)) {
			items.add(new WorkItem("benefits.waivers", "benefits", "待审批的追缴核销",
					this.overpayments.waiversAwaiting(worker.scope(), worker.username()), "/benefits/overpayments",
					Urgency.NORMAL));
		}
		return items;
	}

}
