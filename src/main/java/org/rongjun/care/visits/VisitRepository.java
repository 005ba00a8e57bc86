package org.rongjun.care.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.ProblemStatus;
import org.rongjun.care.ProblemDraft;
import org.rongjun.care.Problem;
import org.rongjun.care.ProblemSource;
import org.rongjun.care.VisitKind;
import org.rongjun.care.support.Texts;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visits and the problems raised on them; every query carries the caller's scope. */
@Repository
class VisitRepository {

	private static final String PROBLEM = """
			select p.* from care.problem p
			where p.region_code between :lo and :hi
			""";

	private static final String PROBLEM_FILTER = """
			 and (cast(:status as text) is null or p.status = :status)
			 and (cast(:overdue as boolean) is null
			      or (cast(:overdue as boolean) = (p.status <> 'RESOLVED' and p.deadline < cast(:today as date))))
			 and (cast(:assignee as text) is null or p.assignee = :assignee)
			 and (cast(:visit as bigint) is null or p.visit_id = :visit)
			""";

	private final JdbcClient jdbc;

	VisitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(VisitDraft draft, String subjectName, String regionCode, String username) {
		return this.jdbc.sql("""
				insert into care.visit (veteran_id, garrison_unit_id, subject_name, region_code, kind, visited_on,
				                        visitors, location, gifts, gift_value_fen, funds_fen, opinions, created_by)
				values (:veteran, :unit, :subject, :region, :kind, :on, :visitors, :location, :gifts, :giftValue,
				        :funds, :opinions, :by)
				returning id
				""")
			.paramSource(new MapSqlParameterSource().addValue("veteran", draft.veteranId())
				.addValue("unit", draft.garrisonUnitId())
				.addValue("subject", subjectName)
				.addValue("region", regionCode)
				.addValue("kind", draft.kind().name())
				.addValue("on", draft.visitedOn())
				.addValue("visitors", draft.visitors().strip())
				.addValue("location", Texts.blankToNull(draft.location()))
				.addValue("gifts", Texts.blankToNull(draft.gifts()))
				.addValue("giftValue", (draft.giftValueFen() != null) ? draft.giftValueFen() : 0L)
				.addValue("funds", (draft.fundsFen() != null) ? draft.fundsFen() : 0L)
				.addValue("opinions", Texts.blankToNull(draft.opinions()))
				.addValue("by", username))
			.query(Long.class)
			.single();
	}

	/**
	 * A problem heard on visit {@code visitId}, or on contact record {@code contactId} of
	 * the contact module (one of the two).
	 */
	long insertProblem(@Nullable Long visitId, @Nullable Long contactId, @Nullable Long veteranId, LocalDate raisedOn,
			String subjectName, String regionCode, ProblemDraft draft, String username) {
		return this.jdbc
			.sql("""
					insert into care.problem (visit_id, source, source_ref, veteran_id, raised_on, region_code, subject_name,
					                          description, assignee, deadline, status, created_by)
					values (:visit, :source, :ref, :veteran, :raisedOn, :region, :subject, :description, :assignee,
					        :deadline, 'OPEN', :by)
					returning id
					""")
			.param("visit", visitId)
			.param("source", (visitId != null) ? ProblemSource.VISIT.name() : ProblemSource.CONTACT.name())
			.param("ref", contactId)
			.param("veteran", veteranId)
			.param("raisedOn", raisedOn)
			.param("region", regionCode)
			.param("subject", subjectName)
			.param("description", draft.description().strip())
			.param("assignee", draft.assignee().strip())
			.param("deadline", draft.deadline())
			.param("by", username)
			.query(Long.class)
			.single();
	}

	Optional<Visit> find(long id, RegionScope scope) {
		return this.jdbc.sql("select * from care.visit where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> visit(rs))
			.optional();
	}

	PageResult<Visit> search(RegionScope region, @Nullable Long veteranId, @Nullable Long garrisonUnitId,
			@Nullable LocalDate from, @Nullable LocalDate to, PageQuery page) {
		String where = """
				 where region_code between :lo and :hi
				   and (cast(:veteran as bigint) is null or veteran_id = :veteran)
				   and (cast(:unit as bigint) is null or garrison_unit_id = :unit)
				   and (cast(:from as date) is null or visited_on >= cast(:from as date))
				   and (cast(:to as date) is null or visited_on <= cast(:to as date))
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("lo", region.lowerBound());
		params.put("hi", region.upperBound());
		params.put("veteran", veteranId);
		params.put("unit", garrisonUnitId);
		params.put("from", from);
		params.put("to", to);
		List<Visit> items = this.jdbc
			.sql("select * from care.visit" + where + " order by visited_on desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> visit(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from care.visit" + where).params(params).query(Long.class).single();
		return page.result(items, total);
	}

	List<Problem> problemsOf(List<Long> visitIds, RegionScope scope, LocalDate today) {
		if (visitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(PROBLEM + " and p.visit_id = any(cast(:ids as bigint[])) order by p.id")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("ids", visitIds.toArray(Long[]::new))
			.query((rs, row) -> problem(rs, today))
			.list();
	}

	List<Problem> problemsOfContacts(List<Long> contactIds, RegionScope scope, LocalDate today) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(PROBLEM + " and p.source = 'CONTACT' and p.source_ref = any(cast(:ids as bigint[])) order by p.id")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("ids", contactIds.toArray(Long[]::new))
			.query((rs, row) -> problem(rs, today))
			.list();
	}

	Optional<Problem> problem(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(PROBLEM + " and p.id = :id")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("id", id)
			.query((rs, row) -> problem(rs, today))
			.optional();
	}

	PageResult<Problem> problems(RegionScope region, ProblemSearch search, LocalDate today, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", region.lowerBound());
		params.put("hi", region.upperBound());
		params.put("status", (search.status() != null) ? search.status().name() : null);
		params.put("overdue", search.overdue());
		params.put("today", today);
		params.put("assignee", Texts.blankToNull(search.assignee()));
		params.put("visit", search.visitId());
		List<Problem> items = this.jdbc.sql(PROBLEM + PROBLEM_FILTER + """
				 order by (p.status = 'RESOLVED'), p.deadline, p.id limit :limit offset :offset
				""")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> problem(rs, today))
			.list();
		long total = this.jdbc.sql("select count(*) from (" + PROBLEM + PROBLEM_FILTER + ") found")
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	void changeProblemStatus(long id, ProblemStatus status) {
		this.jdbc.sql("update care.problem set status = :status where id = :id")
			.param("id", id)
			.param("status", status.name())
			.update();
	}

	void resolveProblem(long id, String note, LocalDate on, String username) {
		this.jdbc.sql("""
				update care.problem set status = 'RESOLVED', closing_note = :note, resolved_on = :on, resolved_by = :by
				where id = :id
				""").param("id", id).param("note", note).param("on", on).param("by", username).update();
	}

	void reassignProblem(long id, String assignee, LocalDate deadline) {
		this.jdbc.sql("update care.problem set assignee = :assignee, deadline = :deadline where id = :id")
			.param("id", id)
			.param("assignee", assignee)
			.param("deadline", deadline)
			.update();
	}

	private static Visit visit(ResultSet rs) throws SQLException {
		return new Visit(rs.getLong("id"), rs.getObject("veteran_id", Long.class),
				rs.getObject("garrison_unit_id", Long.class), rs.getString("subject_name"), rs.getString("region_code"),
				rs.getString("region_code"), VisitKind.valueOf(rs.getString("kind")),
				rs.getObject("visited_on", LocalDate.class), rs.getString("visitors"), rs.getString("location"),
				rs.getString("gifts"), rs.getLong("gift_value_fen"), rs.getLong("funds_fen"), rs.getString("opinions"),
				rs.getString("created_by"), List.of());
	}

	private static Problem problem(ResultSet rs, LocalDate today) throws SQLException {
		ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		ProblemSource source = ProblemSource.valueOf(rs.getString("source"));
		return new Problem(rs.getLong("id"), source, rs.getObject("visit_id", Long.class),
				(source == ProblemSource.CONTACT) ? rs.getObject("source_ref", Long.class) : null,
				rs.getObject("veteran_id", Long.class), rs.getString("subject_name"), rs.getString("region_code"),
				rs.getString("region_code"), rs.getObject("raised_on", LocalDate.class), rs.getString("description"),
				rs.getString("assignee"), deadline, status, Problem.isOverdue(status, deadline, today),
				rs.getString("closing_note"), rs.getObject("resolved_on", LocalDate.class), rs.getString("resolved_by"),
				rs.getString("created_by"));
	}

}
