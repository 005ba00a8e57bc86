package org.rongjun.registry.lifeevents;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.registry.permissions.RegistryPermissions;
import org.rongjun.registry.person.NumberChecks;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The registry's to-dos: age reminders, transfers waiting for this side, unconfirmed
 * people.
 */
@Component
class RegistryWork implements WorkSource {

	private static final PageQuery COUNT_ONLY = new PageQuery(0, 1);

	private static final int REMINDER_DAYS_AHEAD = 30;

	private final ReminderService reminders;

	private final TransferService transfers;

	private final ConfirmationCampaignService confirmations;

	private final NumberChecks numbers;

	private final VeteranRepository veterans;

	RegistryWork(ReminderService reminders, TransferService transfers, ConfirmationCampaignService confirmations,
			NumberChecks numbers, VeteranRepository veterans) {
		this.numbers = numbers;
		this.veterans = veterans;
		this.reminders = reminders;
		this.transfers = transfers;
		this.confirmations = confirmations;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		List<WorkItem> items = new ArrayList<>();
		if (worker.may(RegistryPermissions.REMINDER_LIST)) {
			long due = this.reminders.due(null, REMINDER_DAYS_AHEAD, worker.scope(), COUNT_ONLY).total();
			items.add(new WorkItem("registry.reminders", "registry", "30 天内到期的年龄提醒", due, "/registry/reminders",
					Urgency.SOON));
		}
		if (worker.may(RegistryPermissions.TRANSFER_DECIDE)) {
			long pending = this.transfers
				.list(TransferDirection.INCOMING, TransferStatus.PENDING, worker.scope(), COUNT_ONLY)
				.total();
			items.add(new WorkItem("registry.transfers", "registry", "待本级审批的迁入申请", pending, "/registry/transfers",
					Urgency.NORMAL));
		}
		if (worker.may(RegistryPermissions.CONFIRMATION_LIST)) {
			long overdue = this.confirmations.overdue(worker.scope(), COUNT_ONLY).total();
			items.add(new WorkItem("registry.confirmations", "registry", "逾期未年度确认的人员", overdue,
					"/registry/confirmations", Urgency.OVERDUE));
		}
		if (worker.may(RegistryPermissions.VETERAN_UPDATE)) {
			items.add(new WorkItem("registry.number-checks", "registry", "疑似被 Excel 舍入的身份证号或银行账号",
					this.numbers.count(worker.scope()), "/registry/number-checks", Urgency.NORMAL));
		}
		if (worker.may(RegistryPermissions.VETERAN_REPORT_DEATH)) {
			items.add(new WorkItem("registry.death-checks", "registry", "名册备注写有去世、待核实的人员",
					this.veterans.countDeathChecks(worker.scope()), "/registry/death-checks", Urgency.NORMAL));
		}
		return items;
	}

}
