package org.rongjun.risk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Screening rounds and their checklists. A round's people are materialised in one
 * statement from registry's published view: living veterans and entitled households.
 */
@Repository
class ScreeningRepository {

	private static final String ROUND = """
			select r.*,
			       (select count(*) from risk.screening_item i where i.round_id = r.id
			        and i.region_code between :lo and :hi) as people,
			       (select count(*) from risk.screening_item i where i.round_id = r.id and i.status = 'DONE'
			        and i.region_code between :lo and :hi) as done,
			       (select count(*) from risk.risk_item k join risk.screening_item i on i.id = k.source_ref
			        where k.source = 'SCREENING' and i.round_id = r.id and i.region_code between :lo and :hi) as risks
			from risk.screening_round r
			where r.region_code between :lo and :hi
			""";

	private final JdbcClient jdbc;

	ScreeningRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String regionCode, YearMonth period) {
		return this.jdbc.sql("""
				select exists (select 1 from risk.screening_round where region_code = :region and period_month = :month)
				""").param("region", regionCode).param("month", period.atDay(1)).query(Boolean.class).single();
	}

	long insert(ScreeningRoundDraft draft, String regionCode, String username) {
		long id = this.jdbc.sql("""
				insert into risk.screening_round (name, region_code, period_month, due_on, status, created_by)
				values (:name, :region, :month, :due, 'OPEN', :by) returning id
				""")
			.param("name", draft.name().strip())
			.param("region", regionCode)
			.param("month", draft.period().atDay(1))
			.param("due", draft.dueOn())
			.param("by", username)
			.query(Long.class)
			.single();
		RegionScope region = RegionScope.of(org.rongjun.shared.RegionCode.of(regionCode));
		this.jdbc.sql("""
				insert into risk.screening_item (round_id, veteran_id, person_name, region_code, status)
				select :round, p.veteran_id, p.name, p.region_code, 'PENDING'
				from registry.veteran_profile p
				where p.region_code between :lo and :hi and (not p.deceased or cardinality(p.categories) > 0)
				""").param("round", id).param("lo", region.lowerBound()).param("hi", region.upperBound()).update();
		return id;
	}

	Optional<ScreeningRound> find(long id, RegionScope scope) {
		return this.jdbc.sql(ROUND + " and r.id = :id")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> round(rs))
			.optional();
	}

	/**
	 * Rounds over the scope's regions and rounds above it that reach into it (a
	 * township's round, seen by a village liaison, counts only the village's checklists).
	 */
	PageResult<ScreeningRound> search(RegionScope scope, List<String> above, PageQuery page) {
		String sql = ROUND.replace("where r.region_code between :lo and :hi",
				"where (r.region_code between :lo and :hi or r.region_code = any(cast(:above as text[])))");
		List<ScreeningRound> items = this.jdbc
			.sql(sql + " order by r.period_month desc, r.id desc limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("above", above.toArray(String[]::new))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> round(rs))
			.list();
		return page.result(items,
				() -> this.jdbc.sql("""
						select count(*) from risk.screening_round
						where region_code between :lo and :hi or region_code = any(cast(:above as text[]))
						""")
					.param("lo", scope.lowerBound())
					.param("hi", scope.upperBound())
					.param("above", above.toArray(String[]::new))
					.query(Long.class)
					.single());
	}

	Optional<ScreeningRound> findVisible(long id, RegionScope scope, List<String> above) {
		String sql = ROUND.replace("where r.region_code between :lo and :hi",
				"where (r.region_code between :lo and :hi or r.region_code = any(cast(:above as text[])))");
		return this.jdbc.sql(sql + " and r.id = :id")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("above", above.toArray(String[]::new))
			.query((rs, row) -> round(rs))
			.optional();
	}

	PageResult<ScreeningItem> items(long roundId, RegionScope region, ScreeningItem.@Nullable Status status,
			PageQuery page) {
		String where = """
				 where round_id = :round and region_code between :lo and :hi
				   and (cast(:status as text) is null or status = :status)
				""";
		List<ScreeningItem> items = this.jdbc
			.sql("select * from risk.screening_item" + where
					+ " order by (status = 'DONE'), region_code, id limit :limit offset :offset")
			.param("round", roundId)
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.param("status", (status != null) ? status.name() : null)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> item(rs))
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from risk.screening_item" + where)
					.param("round", roundId)
					.param("lo", region.lowerBound())
					.param("hi", region.upperBound())
					.param("status", (status != null) ? status.name() : null)
					.query(Long.class)
					.single());
	}

	Optional<ScreeningItem> item(long roundId, long itemId, RegionScope scope) {
		return this.jdbc.sql("""
				select * from risk.screening_item
				where id = :id and round_id = :round and region_code between :lo and :hi
				""")
			.param("id", itemId)
			.param("round", roundId)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> item(rs))
			.optional();
	}

	boolean check(long itemId, List<RiskCategory> findings, @Nullable String note, LocalDate on, String username) {
		return this.jdbc.sql("""
				update risk.screening_item
				set status = 'DONE', findings = :findings, note = :note, checked_on = :on, checked_by = :by
				where id = :id and status = 'PENDING'
				""")
			.param("id", itemId)
			.param("findings", findings.stream().map(Enum::name).toArray(String[]::new))
			.param("note", note)
			.param("on", on)
			.param("by", username)
			.update() == 1;
	}

	void close(long id) {
		this.jdbc.sql("update risk.screening_round set status = 'CLOSED', closed_at = now() where id = :id")
			.param("id", id)
			.update();
	}

	long pending(RegionScope scope) {
		return this.jdbc.sql("""
				select count(*) from risk.screening_item i join risk.screening_round r on r.id = i.round_id
				where r.status = 'OPEN' and i.status = 'PENDING' and i.region_code between :lo and :hi
				""").param("lo", scope.lowerBound()).param("hi", scope.upperBound()).query(Long.class).single();
	}

	private static ScreeningRound round(ResultSet rs) throws SQLException {
		return new ScreeningRound(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
				rs.getString("region_code"), YearMonth.from(rs.getObject("period_month", LocalDate.class)),
				rs.getObject("due_on", LocalDate.class), ScreeningRound.Status.valueOf(rs.getString("status")),
				rs.getLong("people"), rs.getLong("done"), rs.getLong("risks"), rs.getString("created_by"));
	}

	private static ScreeningItem item(ResultSet rs) throws SQLException {
		Array findings = rs.getArray("findings");
		List<RiskCategory> categories = (findings != null)
				? Arrays.stream((String[]) findings.getArray()).map(RiskCategory::valueOf).toList() : List.of();
		return new ScreeningItem(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("veteran_id"),
				rs.getString("person_name"), rs.getString("region_code"), rs.getString("region_code"),
				ScreeningItem.Status.valueOf(rs.getString("status")), categories, rs.getString("note"),
				rs.getObject("checked_on", LocalDate.class), rs.getString("checked_by"));
	}

}
