package org.rongjun.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.StationGrade;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GradingRepository {

	private static final String SELECT = """
			select a.*, s.name as set_name, s.source as set_source, s.pass_score
			from grading.assessment a join grading.criteria_set s on s.id = a.set_id
			""";

	private final JdbcClient jdbc;

	GradingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The set of a grade in force in a year: the one with the latest first year up to it.
	 */
	Optional<CriteriaSet> criteriaFor(StationGrade grade, int year) {
		return this.jdbc.sql("""
				select * from grading.criteria_set where grade = :grade and first_year <= :year
				order by first_year desc limit 1
				""")
			.param("grade", grade.name())
			.param("year", year)
			.query((rs, row) -> set(rs))
			.optional()
			.map((s) -> new CriteriaSet(s.id(), s.grade(), s.firstYear(), s.name(), s.source(), s.passScore(),
					criteria(s.id())));
	}

	List<CriteriaSet> sets() {
		return this.jdbc.sql("select * from grading.criteria_set order by grade, first_year desc")
			.query((rs, row) -> set(rs))
			.list()
			.stream()
			.map((s) -> new CriteriaSet(s.id(), s.grade(), s.firstYear(), s.name(), s.source(), s.passScore(),
					criteria(s.id())))
			.toList();
	}

	List<Criterion> criteria(long setId) {
		return this.jdbc.sql("select * from grading.criterion where set_id = :id order by position")
			.param("id", setId)
			.query((rs, row) -> new Criterion(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
					rs.getInt("weight"), rs.getString("evidence")))
			.list();
	}

	long insert(long stationId, String stationName, String regionCode, int year, StationGrade grade, long setId,
			AssessmentDraft draft, String by) {
		return this.jdbc
			.sql("""
					insert into grading.assessment (station_id, station_name, region_code, year, target_grade, set_id, status,
					    area_sqm, rooms, opening_hours, self_note, created_by)
					values (:station, :name, :region, :year, :grade, :set, 'DRAFT', :area, :rooms, :hours, :note, :by)
					returning id
					""")
			.param("station", stationId)
			.param("name", stationName)
			.param("region", regionCode)
			.param("year", year)
			.param("grade", grade.name())
			.param("set", setId)
			.param("area", draft.areaSqm())
			.param("rooms", draft.rooms())
			.param("hours", draft.openingHours().strip())
			.param("note", blankToNull(draft.selfNote()))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	boolean exists(long stationId, int year) {
		return this.jdbc.sql("select count(*) from grading.assessment where station_id = :s and year = :y")
			.param("s", stationId)
			.param("y", year)
			.query(Long.class)
			.single() > 0;
	}

	void updateDraft(long id, StationGrade grade, long setId, AssessmentDraft draft) {
		this.jdbc.sql("""
				update grading.assessment set target_grade = :grade, set_id = :set, area_sqm = :area, rooms = :rooms,
				    opening_hours = :hours, self_note = :note
				where id = :id and status = 'DRAFT'
				""")
			.param("id", id)
			.param("grade", grade.name())
			.param("set", setId)
			.param("area", draft.areaSqm())
			.param("rooms", draft.rooms())
			.param("hours", draft.openingHours().strip())
			.param("note", blankToNull(draft.selfNote()))
			.update();
	}

	void replaceClaims(long id, Collection<Finding> claims) {
		this.jdbc.sql("delete from grading.assessment_item where assessment_id = :id").param("id", id).update();
		for (Finding f : claims) {
			this.jdbc.sql("""
					insert into grading.assessment_item (assessment_id, criterion_id, self_met, self_note)
					values (:id, :criterion, :met, :note)
					""")
				.param("id", id)
				.param("criterion", f.criterionId())
				.param("met", f.met())
				.param("note", blankToNull(f.note()))
				.update();
		}
	}

	void recordFindings(long id, Collection<Finding> findings, String column) {
		for (Finding f : findings) {
			this.jdbc
				.sql("update grading.assessment_item set " + column
						+ " = :met where assessment_id = :id and criterion_id = :criterion")
				.param("id", id)
				.param("criterion", f.criterionId())
				.param("met", f.met())
				.update();
		}
	}

	boolean transition(long id, AssessmentStatus from, AssessmentStatus to, String setClause,
			Map<String, @Nullable Object> params) {
		Map<String, @Nullable Object> all = new HashMap<>(params);
		all.put("id", id);
		all.put("from", from.name());
		all.put("to", to.name());
		return this.jdbc
			.sql("update grading.assessment set status = :to" + setClause + " where id = :id and status = :from")
			.params(all)
			.update() == 1;
	}

	Optional<Assessment> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where a.id = :id and a.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	PageResult<Assessment> list(RegionScope scope, @Nullable Integer year, @Nullable AssessmentStatus status,
			PageQuery page) {
		String where = """
				 where a.region_code between :lo and :hi and (cast(:year as int) is null or a.year = :year)
				   and (cast(:status as text) is null or a.status = :status)
				""";
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("year", year);
		params.put("status", (status != null) ? status.name() : null);
		Map<String, @Nullable Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<Assessment> items = this.jdbc
			.sql(SELECT + where + " order by a.year desc, a.region_code, a.id limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs))
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from grading.assessment a" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	/**
	 * Every assessment of the stations, newest first: the history and the latest
	 * standing.
	 */
	List<Assessment> ofStations(Collection<Long> stationIds) {
		if (stationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where a.station_id = any(:ids) order by a.station_id, a.year desc")
			.param("ids", stationIds.toArray(Long[]::new))
			.query((rs, row) -> map(rs))
			.list();
	}

	List<AssessmentItem> items(long id) {
		return this.jdbc.sql("""
				select i.*, c.position, c.title, c.weight, c.evidence
				from grading.assessment_item i join grading.criterion c on c.id = i.criterion_id
				where i.assessment_id = :id order by c.position
				""")
			.param("id", id)
			.query((rs, row) -> new AssessmentItem(
					new Criterion(rs.getLong("criterion_id"), rs.getInt("position"), rs.getString("title"),
							rs.getInt("weight"), rs.getString("evidence")),
					rs.getBoolean("self_met"), rs.getString("self_note"), bool(rs, "review_met"),
					bool(rs, "rating_met")))
			.list();
	}

	void addTask(long assessmentId, long criterionId, String regionCode, LocalDate dueOn) {
		this.jdbc.sql("""
				insert into grading.improvement_task (assessment_id, criterion_id, region_code, due_on, status)
				values (:a, :c, :region, :due, 'OPEN')
				""")
			.param("a", assessmentId)
			.param("c", criterionId)
			.param("region", regionCode)
			.param("due", dueOn)
			.update();
	}

	List<ImprovementTask> tasks(long assessmentId) {
		return tasksWhere(" where t.assessment_id = :id", Map.of("id", assessmentId));
	}

	Optional<ImprovementTask> task(long id, RegionScope scope) {
		return tasksWhere(" where t.id = :id and t.region_code between :lo and :hi",
				Map.of("id", id, "lo", scope.lowerBound(), "hi", scope.upperBound()))
			.stream()
			.findFirst();
	}

	boolean completeTask(long id, String note, LocalDate on) {
		return this.jdbc.sql("""
				update grading.improvement_task set status = 'DONE', done_note = :note, done_on = :on
				where id = :id and status = 'OPEN'
				""").param("id", id).param("note", note).param("on", on).update() == 1;
	}

	Map<Long, Long> openTasksByStation(Collection<Long> stationIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (stationIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select a.station_id, count(*) as n from grading.improvement_task t
				join grading.assessment a on a.id = t.assessment_id
				where t.status = 'OPEN' and a.station_id = any(:ids) group by a.station_id
				""")
			.param("ids", stationIds.toArray(Long[]::new))
			.query((rs, row) -> counts.put(rs.getLong("station_id"), rs.getLong("n")))
			.list();
		return counts;
	}

	private List<ImprovementTask> tasksWhere(String where, Map<String, Object> params) {
		return this.jdbc.sql("""
				select t.*, a.station_name, a.year, c.title from grading.improvement_task t
				join grading.assessment a on a.id = t.assessment_id join grading.criterion c on c.id = t.criterion_id
				""" + where + " order by c.position")
			.params(params)
			.query((rs, row) -> new ImprovementTask(rs.getLong("id"), rs.getLong("assessment_id"),
					rs.getString("station_name"), rs.getInt("year"), rs.getString("title"), rs.getString("region_code"),
					rs.getObject("due_on", LocalDate.class), "DONE".equals(rs.getString("status")),
					rs.getString("done_note"), rs.getObject("done_on", LocalDate.class)))
			.list();
	}

	private static @Nullable Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	private static CriteriaSet set(ResultSet rs) throws SQLException {
		return new CriteriaSet(rs.getLong("id"), StationGrade.valueOf(rs.getString("grade")), rs.getInt("first_year"),
				rs.getString("name"), rs.getString("source"), rs.getInt("pass_score"), List.of());
	}

	private static Assessment map(ResultSet rs) throws SQLException {
		String region = rs.getString("region_code");
		Integer score = (Integer) rs.getObject("score");
		return new Assessment(rs.getLong("id"), rs.getLong("station_id"), rs.getString("station_name"), region, region,
				rs.getInt("year"), StationGrade.valueOf(rs.getString("target_grade")), rs.getLong("set_id"),
				rs.getString("set_name"), rs.getString("set_source"), rs.getInt("pass_score"),
				AssessmentStatus.valueOf(rs.getString("status")), rs.getInt("area_sqm"), rs.getInt("rooms"),
				rs.getString("opening_hours"), rs.getString("self_note"), rs.getString("created_by"),
				rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getString("reviewed_by"), rs.getString("review_note"),
				rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("rated_by"),
				rs.getString("rating_note"), rs.getObject("rated_at", OffsetDateTime.class), score,
				bool(rs, "achieved"), RegionCode.of(region).level() == RegionLevel.VILLAGE, List.of(), List.of());
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
