package org.rongjun.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
class MeetingRepository {

	/** A meeting with the counts of its decisions as of :today. */
	private static final String SELECT = """
			select m.*,
			       (select count(*) from meetings.action_item i where i.meeting_id = m.id) as decisions,
			       (select count(*) from meetings.action_item i
			        where i.meeting_id = m.id and i.status = 'DONE') as decisions_done,
			       (select count(*) from meetings.action_item i
			        where i.meeting_id = m.id and i.status = 'OPEN' and i.deadline < :today) as decisions_overdue
			from meetings.meeting m
			""";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MeetingKind kind, String title, LocalDate heldOn, @Nullable String location, String agenda,
			@Nullable String minutes, String regionCode, String by) {
		return this.jdbc.sql("""
				insert into meetings.meeting (kind, title, held_on, location, agenda, minutes, region_code, created_by)
				values (:kind, :title, :heldOn, :location, :agenda, :minutes, :region, :by)
				returning id
				""")
			.param("kind", kind.name())
			.param("title", title)
			.param("heldOn", heldOn)
			.param("location", location)
			.param("agenda", agenda)
			.param("minutes", minutes)
			.param("region", regionCode)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void update(long id, MeetingKind kind, String title, LocalDate heldOn, @Nullable String location, String agenda,
			@Nullable String minutes) {
		this.jdbc.sql("""
				update meetings.meeting set kind = :kind, title = :title, held_on = :heldOn, location = :location,
				    agenda = :agenda, minutes = :minutes, updated_at = now()
				where id = :id
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("title", title)
			.param("heldOn", heldOn)
			.param("location", location)
			.param("agenda", agenda)
			.param("minutes", minutes)
			.update();
	}

	void replaceAttendees(long meetingId, List<Attendee> attendees) {
		this.jdbc.sql("delete from meetings.attendee where meeting_id = :id").param("id", meetingId).update();
		for (int i = 0; i < attendees.size(); i++) {
			Attendee a = attendees.get(i);
			this.jdbc.sql("""
					insert into meetings.attendee (meeting_id, position, unit, name, post)
					values (:id, :position, :unit, :name, :post)
					""")
				.param("id", meetingId)
				.param("position", i)
				.param("unit", a.unit())
				.param("name", a.name())
				.param("post", a.post())
				.update();
		}
	}

	List<Attendee> attendees(long meetingId) {
		return this.jdbc.sql("select unit, name, post from meetings.attendee where meeting_id = :id order by position")
			.param("id", meetingId)
			.query((rs, row) -> new Attendee(rs.getString("unit"), rs.getString("name"), rs.getString("post")))
			.list();
	}

	/** A meeting convened in the scope. */
	Optional<Meeting> find(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(SELECT + " where m.id = :id and m.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("today", today)
			.query((rs, row) -> map(rs))
			.optional();
	}

	/**
	 * A meeting by id, whoever convened it: for an action item already checked in scope.
	 */
	Optional<Meeting> find(long id, LocalDate today) {
		return this.jdbc.sql(SELECT + " where m.id = :id")
			.param("id", id)
			.param("today", today)
			.query((rs, row) -> map(rs))
			.optional();
	}

	PageResult<Meeting> list(RegionScope scope, @Nullable MeetingKind kind, @Nullable String text, LocalDate today,
			PageQuery page) {
		String where = """
				 where m.region_code between :lo and :hi and (cast(:kind as text) is null or m.kind = :kind)
				   and (cast(:text as text) is null or strpos(m.title, :text) > 0)
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("kind", (kind != null) ? kind.name() : null);
		params.put("text", text);
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("today", today);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<Meeting> items = this.jdbc
			.sql(SELECT + where + " order by m.held_on desc, m.id desc limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs))
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from meetings.meeting m" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	/**
	 * The earliest deadline of the meeting's decisions: the meeting cannot move after it.
	 */
	Optional<LocalDate> earliestDeadline(long meetingId) {
		return Optional
			.ofNullable(this.jdbc.sql("select min(deadline) from meetings.action_item where meeting_id = :id")
				.param("id", meetingId)
				.query(LocalDate.class)
				.single());
	}

	private static Meeting map(ResultSet rs) throws SQLException {
		return new Meeting(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("held_on", LocalDate.class), rs.getString("location"), rs.getString("agenda"),
				rs.getString("minutes"), rs.getString("region_code"), rs.getString("region_code"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getLong("decisions"),
				rs.getLong("decisions_done"), rs.getLong("decisions_overdue"), List.of(), List.of());
	}

}
