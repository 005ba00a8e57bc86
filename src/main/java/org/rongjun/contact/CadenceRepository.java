package org.rongjun.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cadence rules, and moving the people they govern onto a changed interval (the due day
 * follows; the triggers recount).
 */
@Repository
class CadenceRepository {

	private final JdbcClient jdbc;

	CadenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The defaults, the rules above the scope (which apply in it) and those inside it.
	 */
	List<Cadence> visible(RegionScope scope) {
		String[] above = scope.root()
			.map((root) -> root.ancestors().stream().map(RegionCode::value).toArray(String[]::new))
			.orElse(new String[0]);
		return this.jdbc.sql("""
				select * from contact.cadence
				where region_code is null or region_code between :lo and :hi
				   or region_code = any(cast(:above as text[]))
				order by length(prefix), region_code, contact_group
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("above", above)
			.query((rs, row) -> cadence(rs))
			.list();
	}

	Optional<Cadence> find(long id) {
		return this.jdbc.sql("select * from contact.cadence where id = :id")
			.param("id", id)
			.query((rs, row) -> cadence(rs))
			.optional();
	}

	long save(RegionCode region, ContactGroup group, int intervalMonths, String source, String username) {
		return this.jdbc.sql("""
				insert into contact.cadence (region_code, prefix, contact_group, interval_months, source, updated_by)
				values (:region, :prefix, :group, :months, :source, :by)
				on conflict (prefix, contact_group) do update
				set interval_months = excluded.interval_months, source = excluded.source,
				    updated_by = excluded.updated_by, updated_at = now()
				returning id
				""")
			.param("region", region.value())
			.param("prefix", region.prefix())
			.param("group", group.name())
			.param("months", intervalMonths)
			.param("source", source)
			.param("by", username)
			.query(Long.class)
			.single();
	}

	void delete(long id) {
		this.jdbc.sql("delete from contact.cadence where id = :id and region_code is not null")
			.param("id", id)
			.update();
	}

	/**
	 * Puts everyone of {@code group} in {@code region} on the interval their rules give
	 * now. The group itself does not change here (a person's shorter-interval group is
	 * settled again by the next sync).
	 */
	int reapply(RegionScope region, ContactGroup group) {
		return this.jdbc
			.sql("""
					update contact.follow f
					set interval_months = n.months,
					    due_on = cast(coalesce(f.last_contact_on, f.followed_since) + make_interval(months => n.months) as date)
					from (select veteran_id, contact.interval_for(region_code, contact_group) as months
					      from contact.follow where region_code between :lo and :hi and contact_group = :group) n
					where f.veteran_id = n.veteran_id and f.interval_months <> n.months
					""")
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.param("group", group.name())
			.update();
	}

	private static Cadence cadence(ResultSet rs) throws SQLException {
		String region = rs.getString("region_code");
		return new Cadence(rs.getLong("id"), region, region, ContactGroup.valueOf(rs.getString("contact_group")),
				rs.getInt("interval_months"), rs.getString("source"), rs.getString("updated_by"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
