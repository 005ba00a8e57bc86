package org.rongjun.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActionItemRepository {

	private static final String SELECT = """
			select i.*, m.title as meeting_title, m.kind as meeting_kind, m.held_on as meeting_held_on,
			       m.region_code as meeting_region_code,
			       (select count(*) from meetings.action_event e
			        where e.action_item_id = i.id and e.kind = 'SUPERVISION') as supervisions
			from meetings.action_item i join meetings.meeting m on m.id = i.meeting_id
			""";

	/**
	 * Visible to the responsible unit's scope and to the convener's: one range predicate
	 * each.
	 */
	private static final String VISIBLE = """
			 (i.region_code between :lo and :hi or m.region_code between :lo and :hi)
			""";

	private final JdbcClient jdbc;

	ActionItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long meetingId, ActionItemDraft draft, LocalDate deadline, String regionCode, String by) {
		return this.jdbc.sql("""
				insert into meetings.action_item (meeting_id, position, decision, responsible_unit, responsible_person,
				    region_code, deadline, status, created_by)
				values (:meeting,
				        (select coalesce(max(position), 0) + 1 from meetings.action_item where meeting_id = :meeting),
				        :decision, :unit, :person, :region, :deadline, 'OPEN', :by)
				returning id
				""")
			.param("meeting", meetingId)
			.param("decision", draft.decision().strip())
			.param("unit", draft.responsibleUnit().strip())
			.param("person", draft.responsiblePerson().strip())
			.param("region", regionCode)
			.param("deadline", deadline)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<ActionItem> find(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(SELECT + " where i.id = :id and" + VISIBLE)
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("today", today)
			.query((rs, row) -> map(rs, today))
			.optional();
	}

	List<ActionItem> ofMeeting(long meetingId, LocalDate today) {
		return this.jdbc.sql(SELECT + " where i.meeting_id = :id order by i.position")
			.param("id", meetingId)
			.query((rs, row) -> map(rs, today))
			.list();
	}

	/**
	 * Items followed up in the scope: the responsible units' list and their workbench.
	 * Open items come first, the nearest deadline first.
	 */
	PageResult<ActionItem> list(RegionScope scope, @Nullable ActionStatus status, boolean overdueOnly,
			@Nullable LocalDate dueBy, LocalDate today, PageQuery page) {
		String where = """
				 where i.region_code between :lo and :hi
				   and (cast(:status as text) is null or i.status = :status)
				   and (not :overdue or (i.status = 'OPEN' and i.deadline < :today))
				   and (cast(:dueBy as date) is null or (i.status = 'OPEN' and i.deadline between :today and :dueBy))
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("status", (status != null) ? status.name() : null);
		params.put("overdue", overdueOnly);
		params.put("dueBy", dueBy);
		params.put("today", today);
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<ActionItem> items = this.jdbc
			.sql(SELECT + where + " order by (i.status = 'DONE'), i.deadline, i.id limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs, today))
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from meetings.action_item i" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	boolean close(long id, String note, LocalDate on, String by) {
		return this.jdbc.sql("""
				update meetings.action_item set status = 'DONE', closed_on = :on, closing_note = :note, closed_by = :by
				where id = :id and status = 'OPEN'
				""").param("id", id).param("on", on).param("note", note).param("by", by).update() == 1;
	}

	boolean reopen(long id) {
		return this.jdbc.sql("""
				update meetings.action_item set status = 'OPEN', closed_on = null, closing_note = null, closed_by = null
				where id = :id and status = 'DONE'
				""").param("id", id).update() == 1;
	}

	void addEvent(long id, ActionEventKind kind, String note, LocalDate on, String by) {
		this.jdbc.sql("""
				insert into meetings.action_event (action_item_id, kind, note, happened_on, recorded_by)
				values (:id, :kind, :note, :on, :by)
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("note", note)
			.param("on", on)
			.param("by", by)
			.update();
	}

	List<ActionEvent> events(long id) {
		return this.jdbc.sql("select * from meetings.action_event where action_item_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new ActionEvent(rs.getLong("id"), ActionEventKind.valueOf(rs.getString("kind")),
					rs.getString("note"), rs.getObject("happened_on", LocalDate.class), rs.getString("recorded_by"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	private static ActionItem map(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
		boolean overdue = status == ActionStatus.OPEN && deadline.isBefore(today);
		return new ActionItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("meeting_title"),
				MeetingKind.valueOf(rs.getString("meeting_kind")), rs.getObject("meeting_held_on", LocalDate.class),
				rs.getString("meeting_region_code"), rs.getInt("position"), rs.getString("decision"),
				rs.getString("responsible_unit"), rs.getString("responsible_person"), rs.getString("region_code"),
				rs.getString("region_code"), deadline, status, overdue,
				overdue ? ChronoUnit.DAYS.between(deadline, today) : 0, rs.getInt("supervisions"),
				rs.getObject("closed_on", LocalDate.class), rs.getString("closing_note"), rs.getString("closed_by"),
				rs.getObject("created_at", OffsetDateTime.class), List.of());
	}

}
