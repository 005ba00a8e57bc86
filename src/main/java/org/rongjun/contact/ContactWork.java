package org.rongjun.contact;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.shared.PageQuery;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * The contact module's to-dos: for a liaison, their own people due now; for whoever sees
 * the boards, the people overdue and those without a liaison in their scope (from the
 * maintained counts).
 */
@Component
class ContactWork implements WorkSource {

	private static final PageQuery COUNT_ONLY = new PageQuery(0, 1);

	private final ContactPeople people;

	ContactWork(ContactPeople people) {
		this.people = people;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		List<WorkItem> items = new ArrayList<>();
		if (worker.may(ContactPermissions.PEOPLE_LIST) && this.people.me(worker.username()).isPresent()) {
			long due = this.people.mine(worker.username(), PeopleFilter.DUE, null, worker.scope(), COUNT_ONLY).total();
			items.add(new WorkItem("contact.mine-due", "contact", "我的联系对象：今日应联系", due, "/contact/mine", Urgency.SOON));
		}
		if (worker.may(ContactPermissions.BOARD_VIEW) && worker.scope().root().isPresent()) {
			long overdue = this.people.search(PeopleFilter.OVERDUE, null, null, null, worker.scope(), COUNT_ONLY)
				.total();
			items.add(new WorkItem("contact.overdue", "contact", "逾期未联系的人员", overdue, "/contact/people?filter=OVERDUE",
					Urgency.OVERDUE));
			long orphans = this.people.search(PeopleFilter.NO_LIAISON, null, null, null, worker.scope(), COUNT_ONLY)
				.total();
			items.add(new WorkItem("contact.no-liaison", "contact", "尚无联络员的人员", orphans,
					"/contact/people?filter=NO_LIAISON", Urgency.NORMAL));
		}
		return items;
	}

}
