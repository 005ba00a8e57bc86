package org.rongjun.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.WorkItem.Urgency;
import org.rongjun.workbench.WorkSource;
import org.rongjun.workbench.Worker;
import org.springframework.stereotype.Component;

/**
 * Tells whoever keeps the calendar that a year is missing: this year at once (deadlines
 * in it are provisional), next year from November, when the State Council usually
 * publishes it and a 60 + 30-day period begun now already reaches into it.
 */
@Component
class CalendarWork implements WorkSource {

	private final WorkingCalendar calendar;

	private final Clock clock;

	CalendarWork(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> open(Worker worker) {
		if (!worker.may(CalendarPermissions.YEAR_MANAGE)) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		WorkingDays days = this.calendar.snapshot();
		List<WorkItem> items = new ArrayList<>();
		if (!days.hasYear(today.getYear())) {
			items.add(new WorkItem("calendar.missing-current", "calendar", today.getYear() + "年节假日安排未录入，期限暂按周末推算", 1,
					"/calendar", Urgency.OVERDUE));
		}
		int next = today.getYear() + 1;
		if (today.getMonthValue() >= Month.NOVEMBER.getValue() && !days.hasYear(next)) {
			items.add(new WorkItem("calendar.missing-next", "calendar", next + "年节假日安排未录入（国务院办公厅通知发布后请及时录入）", 1,
					"/calendar", Urgency.SOON));
		}
		return items;
	}

}
