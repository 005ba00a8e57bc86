package org.rongjun.employment.posts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
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
class JobPostingRepository {

	private static final String SELECT = """
			select p.*, e.name as employer_name, e.kind as employer_kind, e.industry as employer_industry
			from employment.post p join employment.employer e on e.id = p.employer_id
			""";

	private static final String OPEN = " not p.closed and p.filled < p.openings and p.valid_from <= :today"
			+ " and p.valid_until >= :today";

	private final JdbcClient jdbc;

	JobPostingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of the post list; null means any. */
	record Filter(@Nullable String q, @Nullable JobPostingKind kind, @Nullable Long employerId, boolean openOnly) {
	}

	long insert(JobPostingDraft draft, String region, String username) {
		return this.jdbc.sql("""
				insert into employment.post (employer_id, region_code, title, kind, workplace_region_code, education,
				    veteran_education, age_max, veteran_age_max, min_service_years, skills, certificates, physical,
				    pay_min_fen, pay_max_fen, openings, valid_from, valid_until, description, closed, created_by)
				values (:employer, :region, :title, :kind, :workplace, :education, :veteranEducation, :ageMax,
				    :veteranAgeMax, :serviceYears, :skills, :certificates, :physical, :payMin, :payMax, :openings,
				    :from, :until, :description, :closed, :by)
				returning id
				""").params(values(draft)).param("region", region).param("by", username).query(Long.class).single();
	}

	void update(long id, JobPostingDraft draft) {
		this.jdbc.sql("""
				update employment.post set title = :title, kind = :kind, workplace_region_code = :workplace,
				    education = :education, veteran_education = :veteranEducation, age_max = :ageMax,
				    veteran_age_max = :veteranAgeMax, min_service_years = :serviceYears, skills = :skills,
				    certificates = :certificates, physical = :physical, pay_min_fen = :payMin, pay_max_fen = :payMax,
				    openings = :openings, valid_from = :from, valid_until = :until, description = :description,
				    closed = :closed
				where id = :id
				""").params(values(draft)).param("id", id).update();
	}

	Optional<JobPosting> find(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(SELECT + " where p.id = :id and " + Scopes.visible("p.region_code"))
			.params(Scopes.params(scope))
			.param("id", id)
			.param("today", today)
			.query((rs, row) -> map(rs, today))
			.optional();
	}

	/** Locks the post's row: two hires of the last opening take turns. */
	Optional<JobPosting> lock(long id, LocalDate today) {
		return this.jdbc.sql(SELECT + " where p.id = :id for update of p")
			.param("id", id)
			.query((rs, row) -> map(rs, today))
			.optional();
	}

	void addFilled(long id) {
		this.jdbc.sql("update employment.post set filled = filled + 1 where id = :id").param("id", id).update();
	}

	PageResult<JobPosting> list(Filter filter, RegionScope scope, LocalDate today, PageQuery page) {
		StringBuilder where = new StringBuilder(" where " + Scopes.visible("p.region_code"));
		Map<String, Object> params = new HashMap<>(Scopes.params(scope));
		params.put("today", today);
		if (filter.q() != null) {
			where.append(" and (p.title like :q or e.name like :q)");
			params.put("q", "%" + Scopes.escapeLike(filter.q()) + "%");
		}
		if (filter.kind() != null) {
			where.append(" and p.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.employerId() != null) {
			where.append(" and p.employer_id = :employer");
			params.put("employer", filter.employerId());
		}
		if (filter.openOnly()) {
			where.append(" and").append(OPEN);
		}
		List<JobPosting> items = this.jdbc.sql(SELECT + where + " order by p.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> map(rs, today))
			.list();
		return page.result(items,
				() -> this.jdbc
					.sql("select count(*) from employment.post p join employment.employer e on e.id = "
							+ "p.employer_id" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	/**
	 * Every post open on {@code today} that the scope sees: the candidates of matching.
	 */
	List<JobPosting> open(RegionScope scope, LocalDate today) {
		return this.jdbc.sql(SELECT + " where " + Scopes.visible("p.region_code") + " and" + OPEN)
			.params(Scopes.params(scope))
			.param("today", today)
			.query((rs, row) -> map(rs, today))
			.list();
	}

	private static Map<String, Object> values(JobPostingDraft draft) {
		Map<String, Object> values = new HashMap<>();
		values.put("employer", draft.employerId());
		values.put("title", draft.title());
		values.put("kind", draft.kind().name());
		values.put("workplace", draft.workplaceRegionCode());
		values.put("education", draft.education());
		values.put("veteranEducation", draft.veteranEducation());
		values.put("ageMax", draft.ageMax());
		values.put("veteranAgeMax", draft.veteranAgeMax());
		values.put("serviceYears", draft.minServiceYears());
		values.put("skills", draft.skills().toArray(String[]::new));
		values.put("certificates", draft.certificates().toArray(String[]::new));
		values.put("physical", draft.physical());
		values.put("payMin", draft.payMinFen());
		values.put("payMax", draft.payMaxFen());
		values.put("openings", draft.openings());
		values.put("from", draft.validFrom());
		values.put("until", draft.validUntil());
		values.put("description", draft.description());
		values.put("closed", draft.closed());
		return values;
	}

	static List<String> texts(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static JobPosting map(ResultSet rs, LocalDate today) throws SQLException {
		boolean closed = rs.getBoolean("closed");
		int openings = rs.getInt("openings");
		int filled = rs.getInt("filled");
		LocalDate from = rs.getObject("valid_from", LocalDate.class);
		LocalDate until = rs.getObject("valid_until", LocalDate.class);
		boolean open = !closed && filled < openings && !today.isBefore(from) && !today.isAfter(until);
		return new JobPosting(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"),
				EmployerKind.valueOf(rs.getString("employer_kind")), rs.getString("employer_industry"),
				rs.getString("region_code"), rs.getString("title"), JobPostingKind.valueOf(rs.getString("kind")),
				rs.getString("workplace_region_code"), rs.getString("education"), rs.getString("veteran_education"),
				(Integer) rs.getObject("age_max"), (Integer) rs.getObject("veteran_age_max"),
				(Integer) rs.getObject("min_service_years"), texts(rs, "skills"), texts(rs, "certificates"),
				rs.getString("physical"), (Long) rs.getObject("pay_min_fen"), (Long) rs.getObject("pay_max_fen"),
				openings, filled, from, until, rs.getString("description"), closed, open, rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

}
