package org.rongjun.registry.lifeevents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The age-trigger work queue (抚恤条例 Art 19; docs/rules.md, registry): people reaching a
 * threshold age within the next days, or past it and not yet handled.
 */
@Service
@Transactional
public class ReminderService {

	/** How long a veteran's passed birthday stays on the queue unhandled. */
	static final int VETERAN_DAYS_PAST = 365;

	static final int MAX_DAYS_AHEAD = 366;

	private final ReminderRepository reminders;

	private final Clock clock;

	ReminderService(ReminderRepository reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Reminder> due(@Nullable ReminderKind kind, int daysAhead, RegionScope scope, PageQuery page) {
		if (daysAhead < 0 || daysAhead > MAX_DAYS_AHEAD) {
			throw ProblemException.invalidField("days", "天数须在 0 到 " + MAX_DAYS_AHEAD + " 之间");
		}
		LocalDate today = LocalDate.now(this.clock);
		List<ReminderKind> kinds = (kind != null) ? List.of(kind) : List.of(ReminderKind.values());
		return this.reminders.due(kinds, scope, today, today.plusDays(daysAhead), today.minusDays(VETERAN_DAYS_PAST),
				page);
	}

	public void markHandled(ReminderHandling handling, RegionScope scope, String username) {
		ReminderKind kind = ReminderKind.parse(handling.kind())
			.orElseThrow(() -> ProblemException.invalidField("kind", "提醒类型不正确"));
		if (kind.personType() != handling.personType()) {
			throw ProblemException.invalidField("personType", "人员类型与提醒类型不一致");
		}
		if (!this.reminders.personInScope(handling.personType(), handling.personId(), scope)) {
			throw ProblemException.notFound("人员不存在或不在您的数据范围内");
		}
		String note = (handling.note() != null && !handling.note().isBlank()) ? handling.note().strip() : null;
		if (!this.reminders.markHandled(kind, handling.personId(), note, username)) {
			throw ProblemException.conflict("该提醒已处理");
		}
	}

}
