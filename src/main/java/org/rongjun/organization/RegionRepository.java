package org.rongjun.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

	private static final String COLUMNS = """
			r.code, r.name, r.level, r.parent_code, r.valid_from, r.valid_to,
			exists (select 1 from organization.region c
			        where c.parent_code = r.code and c.valid_to is null) as has_children
			""";

	private static final RowMapper<Region> MAPPER = RegionRepository::map;

	private final JdbcClient jdbc;

	RegionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current row for a code, or else its latest retired row. */
	Optional<Region> find(String code) {
		return this.jdbc.sql("select " + COLUMNS + """
				from organization.region r where r.code = :code
				order by r.valid_to is null desc, r.valid_from desc limit 1
				""").param("code", code).query(MAPPER).optional();
	}

	Optional<Region> findCurrent(String code) {
		return this.jdbc
			.sql("select " + COLUMNS + " from organization.region r where r.code = :code and r.valid_to is null")
			.param("code", code)
			.query(MAPPER)
			.optional();
	}

	/**
	 * Current children inside the scope, plus those on the way down to the scope's root
	 * (so a township user browsing from the province sees the path to their township and
	 * nothing beside it).
	 */
	List<Region> children(String parentCode, RegionScope scope, List<String> ancestorsOfScope) {
		return this.jdbc.sql("select " + COLUMNS + """
				from organization.region r
				where r.parent_code = :parent and r.valid_to is null
				  and ((r.code between :lo and :hi) or r.code in (:ancestors))
				order by r.code
				""")
			.param("parent", parentCode)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("ancestors", ancestorsOfScope.isEmpty() ? List.of("") : ancestorsOfScope)
			.query(MAPPER)
			.list();
	}

	List<Region> searchByName(String text, RegionScope scope, int limit) {
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql("select " + COLUMNS + """
				from organization.region r
				where r.valid_to is null and r.code between :lo and :hi and r.name like :pattern
				order by (r.name = :text) desc, length(r.name), r.code
				limit :limit
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("pattern", pattern)
			.param("text", text)
			.param("limit", limit)
			.query(MAPPER)
			.list();
	}

	List<String> names(List<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select r.name from organization.region r join unnest(cast(:codes as text[])) with ordinality as p(code, n)
					  on r.code = p.code and r.valid_to is null order by p.n
					""")
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/**
	 * Names by code in one query; a retired code (renamed, merged) still has the name it
	 * last carried, so old records read as they were written.
	 */
	Map<String, String> namesByCode(Collection<String> codes) {
		Map<String, String> names = new HashMap<>();
		if (codes.isEmpty()) {
			return names;
		}
		this.jdbc.sql("""
				select distinct on (code) code, name from organization.region
				where code = any(cast(:codes as text[])) order by code, valid_to desc nulls first
				""").param("codes", codes.toArray(String[]::new)).query((rs) -> {
			names.put(rs.getString(1), rs.getString(2));
		});
		return names;
	}

	List<String> currentCodesWithin(RegionScope scope) {
		return this.jdbc.sql("select code from organization.region where valid_to is null and code between :lo and :hi")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(String.class)
			.list();
	}

	/** Code, name, level and parent of every current region inside the scope, by code. */
	List<Region> currentWithin(RegionScope scope) {
		return this.jdbc.sql("""
				select r.code, r.name, r.level, r.parent_code, r.valid_from, r.valid_to, false as has_children
				from organization.region r
				where r.valid_to is null and r.code between :lo and :hi order by r.code
				""").param("lo", scope.lowerBound()).param("hi", scope.upperBound()).query(MAPPER).list();
	}

	long countCurrent() {
		return this.jdbc.sql("select count(*) from organization.region where valid_to is null")
			.query(Long.class)
			.single();
	}

	private static Region map(ResultSet rs, int row) throws SQLException {
		var validTo = rs.getObject("valid_to", java.time.LocalDate.class);
		return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getObject("valid_from", java.time.LocalDate.class), validTo,
				rs.getBoolean("has_children"));
	}

}
