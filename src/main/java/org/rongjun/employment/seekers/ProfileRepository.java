package org.rongjun.employment.seekers;

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
import org.rongjun.employment.posts.Scopes;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfileRepository {

	private static final String SELECT = """
			select b.name, b.gender, b.birth_date, b.region_code, b.education, b.enlistment_date, b.discharge_date,
			       b.discharge_type, p.*
			from employment.profile p join registry.job_seeker_basis b on b.veteran_id = p.veteran_id
			""";

	private static final String IN_SCOPE = " b.region_code between :lo and :hi";

	private final JdbcClient jdbc;

	ProfileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person as the registry has them, if inside the scope and alive. */
	record Person(long veteranId, String name, String regionCode, boolean deceased) {
	}

	record Filter(@Nullable String q, @Nullable EmploymentStatus status, @Nullable Boolean seeking,
			@Nullable Integer dischargeYear) {
	}

	Optional<Person> person(long veteranId, RegionScope scope) {
		return this.jdbc
			.sql("select veteran_id, name, region_code, deceased from registry.job_seeker_basis b "
					+ "where veteran_id = :id and" + IN_SCOPE)
			.params(Scopes.params(scope))
			.param("id", veteranId)
			.query((rs, row) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional();
	}

	boolean exists(long veteranId) {
		return this.jdbc.sql("select count(*) from employment.profile where veteran_id = :id")
			.param("id", veteranId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(long veteranId, ProfileDraft draft, String username) {
		this.jdbc.sql("""
				insert into employment.profile (veteran_id, status, status_since, employer_name, seeking,
				    intended_industry, intended_region, intended_pay_fen, skills, certificates, note, updated_by)
				values (:id, :status, :since, :employer, :seeking, :industry, :region, :pay, :skills, :certificates,
				    :note, :by)
				""").params(values(draft)).param("id", veteranId).param("by", username).update();
	}

	void update(long veteranId, ProfileDraft draft, String username) {
		this.jdbc.sql("""
				update employment.profile set status = :status, status_since = :since, employer_name = :employer,
				    seeking = :seeking, intended_industry = :industry, intended_region = :region,
				    intended_pay_fen = :pay, skills = :skills, certificates = :certificates, note = :note,
				    updated_by = :by, updated_at = now()
				where veteran_id = :id
				""").params(values(draft)).param("id", veteranId).param("by", username).update();
	}

	void addChange(long veteranId, EmploymentStatus status, LocalDate since, @Nullable String employer, String source,
			@Nullable String note, String username) {
		this.jdbc.sql("""
				insert into employment.status_change (veteran_id, status, since, employer_name, source, note,
				    recorded_by)
				values (:id, :status, :since, :employer, :source, :note, :by)
				""")
			.param("id", veteranId)
			.param("status", status.name())
			.param("since", since)
			.param("employer", employer)
			.param("source", source)
			.param("note", note)
			.param("by", username)
			.update();
	}

	Optional<Profile> find(long veteranId, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where p.veteran_id = :id and" + IN_SCOPE)
			.params(Scopes.params(scope))
			.param("id", veteranId)
			.query(ProfileRepository::map)
			.optional();
	}

	/** The profile locked for a change, without a scope (the caller has checked it). */
	Optional<Profile> lock(long veteranId) {
		this.jdbc.sql("select veteran_id from employment.profile where veteran_id = :id for update")
			.param("id", veteranId)
			.query(Long.class)
			.optional();
		return this.jdbc.sql(SELECT + " where p.veteran_id = :id")
			.param("id", veteranId)
			.query(ProfileRepository::map)
			.optional();
	}

	List<StatusChange> history(long veteranId) {
		return this.jdbc
			.sql("select * from employment.status_change where veteran_id = :id order by since desc, id desc")
			.param("id", veteranId)
			.query((rs, row) -> new StatusChange(rs.getLong("id"), EmploymentStatus.valueOf(rs.getString("status")),
					rs.getObject("since", LocalDate.class), rs.getString("employer_name"), rs.getString("source"),
					rs.getString("note"), rs.getString("recorded_by"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	@Nullable LocalDate latestChange(long veteranId) {
		return this.jdbc.sql("select max(since) from employment.status_change where veteran_id = :id")
			.param("id", veteranId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	PageResult<Profile> list(Filter filter, RegionScope scope, PageQuery page) {
		StringBuilder where = new StringBuilder(" where" + IN_SCOPE + " and not b.deceased");
		Map<String, Object> params = new HashMap<>(Scopes.params(scope));
		if (filter.q() != null) {
			where.append(" and b.name like :q");
			params.put("q", Scopes.escapeLike(filter.q()) + "%");
		}
		if (filter.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.seeking() != null) {
			where.append(" and p.seeking = :seeking");
			params.put("seeking", filter.seeking());
		}
		if (filter.dischargeYear() != null) {
			where.append(" and b.discharge_date >= :yearFrom and b.discharge_date < :yearTo");
			params.put("yearFrom", LocalDate.of(filter.dischargeYear(), 1, 1));
			params.put("yearTo", LocalDate.of(filter.dischargeYear() + 1, 1, 1));
		}
		List<Profile> items = this.jdbc
			.sql(SELECT + where + " order by p.updated_at desc, p.veteran_id limit :limit" + " offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ProfileRepository::map)
			.list();
		return page.result(items,
				() -> this.jdbc
					.sql("select count(*) from employment.profile p "
							+ "join registry.job_seeker_basis b on b.veteran_id = p.veteran_id" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	/** Job seekers inside the scope, alive: the candidates for a post. */
	List<Profile> seekers(RegionScope scope) {
		return this.jdbc.sql(SELECT + " where p.seeking and not b.deceased and" + IN_SCOPE)
			.params(Scopes.params(scope))
			.query(ProfileRepository::map)
			.list();
	}

	/**
	 * A merged file's profile and history move to the survivor; when both have a profile
	 * the survivor's stays current and the merged one's history joins it.
	 */
	void rekey(long survivorId, long mergedId) {
		this.jdbc.sql("update employment.status_change set veteran_id = :survivor where veteran_id = :merged")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		if (exists(survivorId)) {
			this.jdbc.sql("delete from employment.profile where veteran_id = :merged")
				.param("merged", mergedId)
				.update();
		}
		else {
			this.jdbc.sql("update employment.profile set veteran_id = :survivor where veteran_id = :merged")
				.param("survivor", survivorId)
				.param("merged", mergedId)
				.update();
		}
	}

	private static Map<String, Object> values(ProfileDraft draft) {
		Map<String, Object> values = new HashMap<>();
		values.put("status", draft.status().name());
		values.put("since", draft.statusSince());
		values.put("employer", draft.employerName());
		values.put("seeking", draft.seeking());
		values.put("industry", draft.intendedIndustry());
		values.put("region", draft.intendedRegion());
		values.put("pay", draft.intendedPayFen());
		values.put("skills", draft.skills().toArray(String[]::new));
		values.put("certificates", draft.certificates().toArray(String[]::new));
		values.put("note", draft.note());
		return values;
	}

	private static List<String> texts(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Profile map(ResultSet rs, int row) throws SQLException {
		return new Profile(rs.getLong("veteran_id"), rs.getString("name"), rs.getString("gender"),
				rs.getObject("birth_date", LocalDate.class), rs.getString("region_code"), rs.getString("education"),
				rs.getObject("enlistment_date", LocalDate.class), rs.getObject("discharge_date", LocalDate.class),
				rs.getString("discharge_type"), EmploymentStatus.valueOf(rs.getString("status")),
				rs.getObject("status_since", LocalDate.class), rs.getString("employer_name"), rs.getBoolean("seeking"),
				rs.getString("intended_industry"), rs.getString("intended_region"),
				(Long) rs.getObject("intended_pay_fen"), texts(rs, "skills"), texts(rs, "certificates"),
				rs.getString("note"), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class),
				List.of());
	}

}
