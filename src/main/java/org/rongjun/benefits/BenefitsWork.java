package org.rongjun.benefits;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.benefits.death.VeteranDeaths;
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

	private final VeteranDeaths deaths;

	BenefitsWork(PaymentRunReports runs, BenefitStandards standards, Overpayments overpayments, VeteranDeaths deaths) {
		this.deaths = deaths;
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
		if (worker.may(BenefitsPermissions.RUN_PREPARE)) {
			// 抚恤条例 Art 32: what a veteran's death left to do before its money can be paid
			items.add(new WorkItem("benefits.survivors-to-register", "benefits", "待登记遗属定期抚恤金（抚恤条例第三十二条）",
					this.deaths.survivorsToRegister(worker.scope()), "/benefits/deaths", Urgency.NORMAL));
			items.add(new WorkItem("benefits.lump-sums-waiting", "benefits", "待录入参数的一次性抚恤金（抚恤条例第十五条）",
					this.deaths.lumpSumsWaiting(worker.scope()), "/benefits/deaths", Urgency.NORMAL));
			items.add(new WorkItem("benefits.death-causes-missing", "benefits", "待补登死亡原因的残疾军人",
					this.deaths.causesMissing(worker.scope()), "/benefits/deaths", Urgency.NORMAL));
		}
		return items;
	}

}
