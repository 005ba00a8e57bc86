package org.rongjun.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the counts the triggers on {@code contact.follow} keep (ADR 0018). A board is a
 * sum over a few thousand count rows of one parent region, whatever the number of people
 * below it; "as of a day" is a filter on the due day, so the counts need no refresh when
 * the date changes.
 */
@Repository
class CoverageRepository {

	private static final String SUMS = """
			coalesce(sum(people), 0) as people,
			coalesce(sum(people) filter (where contacted and due_on >= cast(:today as date)), 0) as covered,
			coalesce(sum(people) filter (where due_on < cast(:today as date)), 0) as overdue,
			coalesce(sum(people) filter (where due_on >= cast(:today as date) and due_on <= cast(:soon as date)), 0)
			    as due_soon,
			coalesce(sum(people) filter (where not contacted), 0) as never,
			coalesce(sum(people) filter (where not has_liaison), 0) as no_liaison,
			coalesce(sum(people) filter (where unreachable), 0) as unreachable
			""";

	private final JdbcClient jdbc;

	CoverageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row per region one level below {@code parent} that has people. */
	List<CoverageRow> rows(String parent, LocalDate today, LocalDate soon) {
		return this.jdbc.sql("select region_code, " + SUMS + """
				from contact.coverage_count where parent_code = :parent
				group by region_code having sum(people) > 0 order by region_code
				""")
			.param("parent", parent)
			.param("today", today)
			.param("soon", soon)
			.query((rs, row) -> row(rs, rs.getString("region_code")))
			.list();
	}

	/** The totals of {@code region}'s whole subtree. */
	CoverageRow total(String region, LocalDate today, LocalDate soon) {
		return this.jdbc.sql("select " + SUMS + " from contact.coverage_count where parent_code = :parent")
			.param("parent", region)
			.param("today", today)
			.param("soon", soon)
			.query((rs, row) -> row(rs, region))
			.single();
	}

	/** The totals of each liaison's people. */
	Map<Long, CoverageRow> liaisons(List<Long> liaisonIds, LocalDate today, LocalDate soon) {
		if (liaisonIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select liaison_id,
				       coalesce(sum(people), 0) as people,
				       coalesce(sum(people) filter (where contacted and due_on >= cast(:today as date)), 0) as covered,
				       coalesce(sum(people) filter (where due_on < cast(:today as date)), 0) as overdue,
				       coalesce(sum(people) filter (where due_on >= cast(:today as date)
				                                     and due_on <= cast(:soon as date)), 0) as due_soon,
				       coalesce(sum(people) filter (where not contacted), 0) as never,
				       0 as no_liaison,
				       coalesce(sum(people) filter (where unreachable), 0) as unreachable
				from contact.liaison_count where liaison_id = any(cast(:ids as bigint[]))
				group by liaison_id
				""")
			.param("ids", liaisonIds.toArray(Long[]::new))
			.param("today", today)
			.param("soon", soon)
			.query((rs, row) -> Map.entry(rs.getLong("liaison_id"), row(rs, "")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Drops count rows that went to zero (kept meanwhile: they add nothing to a sum). */
	int compact() {
		return this.jdbc.sql("delete from contact.coverage_count where people = 0").update()
				+ this.jdbc.sql("delete from contact.liaison_count where people = 0").update();
	}

	private static CoverageRow row(ResultSet rs, String region) throws SQLException {
		return CoverageRow.of(region, rs.getLong("people"), rs.getLong("covered"), rs.getLong("overdue"),
				rs.getLong("due_soon"), rs.getLong("never"), rs.getLong("no_liaison"), rs.getLong("unreachable"));
	}

}
