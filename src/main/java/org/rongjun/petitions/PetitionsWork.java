package org.rongjun.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The petition desk's to-dos: deadlines inside their three working days of warning,
 * deadlines missed, and for the leader what was escalated and the extensions waiting for
 * approval. Nothing a worker is accused in is counted (Art 30).
 */
@Component
class PetitionsWork implements WorkSource {

	private final PetitionRepository petitions;

	private final Clock clock;

	PetitionsWork(PetitionRepository petitions, Clock clock) {
		this.petitions = petitions;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		boolean handles = worker.may(PetitionsPermissions.HANDLE);
		boolean leads = worker.may(PetitionsPermissions.LEAD);
		if (!handles && !leads) {
			return List.of();
		}
		PetitionRepository.WorkCounts counts = this.petitions.workCounts(worker.scope(), worker.username(),
				LocalDate.now(this.clock));
		List<WorkItem> items = new ArrayList<>();
		if (handles) {
			items.add(new WorkItem("petitions.due-soon", "petitions", "3个工作日内到期的信访事项", counts.dueSoon(),
					"/petitions?due=SOON", Urgency.SOON));
			items.add(new WorkItem("petitions.overdue", "petitions", "已逾期的信访事项", counts.overdue(),
					"/petitions?due=OVERDUE", Urgency.OVERDUE));
			items.add(new WorkItem("petitions.provisional", "petitions", "期限待核实的信访事项（节假日安排未录入）", counts.provisional(),
					"/petitions?due=PROVISIONAL", Urgency.SOON));
		}
		if (leads) {
			items.add(new WorkItem("petitions.escalated", "petitions", "逾期提级督办的信访事项", counts.escalated(),
					"/petitions?due=OVERDUE", Urgency.OVERDUE));
			items.add(new WorkItem("petitions.extensions", "petitions", "待审批的信访延期申请", counts.extensionsPending(),
					"/petitions?due=EXTENSION", Urgency.NORMAL));
		}
		return items;
	}

}
