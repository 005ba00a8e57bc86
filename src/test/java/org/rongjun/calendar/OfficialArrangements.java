package org.rongjun.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 2025 and 2026 arrangements as the State Council published them
 * (../shared/domain/holidays.md: 国办发明电〔2024〕12号 and the notice of 2025-11-04), typed
 * again by hand so the seeded migration is checked against an independent copy.
 */
final class OfficialArrangements {

	private OfficialArrangements() {
	}

	static List<SpecialDay> days() {
		List<SpecialDay> days = new ArrayList<>();
		rest(days, "2025-01-01", "2025-01-01", "元旦");
		rest(days, "2025-01-28", "2025-02-04", "春节");
		work(days, "2025-01-26", "春节");
		work(days, "2025-02-08", "春节");
		rest(days, "2025-04-04", "2025-04-06", "清明节");
		rest(days, "2025-05-01", "2025-05-05", "劳动节");
		work(days, "2025-04-27", "劳动节");
		rest(days, "2025-05-31", "2025-06-02", "端午节");
		rest(days, "2025-10-01", "2025-10-08", "国庆节、中秋节");
		work(days, "2025-09-28", "国庆节、中秋节");
		work(days, "2025-10-11", "国庆节、中秋节");
		rest(days, "2026-01-01", "2026-01-03", "元旦");
		work(days, "2026-01-04", "元旦");
		rest(days, "2026-02-15", "2026-02-23", "春节");
		work(days, "2026-02-14", "春节");
		work(days, "2026-02-28", "春节");
		rest(days, "2026-04-04", "2026-04-06", "清明节");
		rest(days, "2026-05-01", "2026-05-05", "劳动节");
		work(days, "2026-05-09", "劳动节");
		rest(days, "2026-06-19", "2026-06-21", "端午节");
		rest(days, "2026-09-25", "2026-09-27", "中秋节");
		rest(days, "2026-10-01", "2026-10-07", "国庆节");
		work(days, "2026-09-20", "国庆节");
		work(days, "2026-10-10", "国庆节");
		return days;
	}

	static WorkingDays calendar() {
		return WorkingDays.of(Set.of(2025, 2026), days());
	}

	private static void rest(List<SpecialDay> days, String from, String to, String name) {
		for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
			days.add(new SpecialDay(day, DayKind.REST, name));
		}
	}

	private static void work(List<SpecialDay> days, String day, String name) {
		days.add(new SpecialDay(LocalDate.parse(day), DayKind.WORK, name));
	}

}
