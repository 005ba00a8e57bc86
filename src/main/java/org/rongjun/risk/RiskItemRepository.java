package org.rongjun.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** Risk items and their timelines; every query carries the caller's scope. */
@Repository
class RiskItemRepository {

	private static final String FILTER = """
			 where region_code between :lo and :hi
			   and (cast(:status as text) is null or status = :status)
			   and (cast(:level as text) is null or level = :level)
			   and (cast(:category as text) is null or category = :category)
			   and (cast(:escalation as text) is null or escalation = :escalation)
			   and (cast(:veteran as bigint) is null or veteran_id = :veteran)
			   and (cast(:overdue as boolean) is null
			        or cast(:overdue as boolean) = (status = 'OPEN' and deadline < cast(:today as date)))
			""";

	private final JdbcClient jdbc;

	RiskItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long veteranId, String personName, String regionCode, RiskItemDraft draft, RiskSource source,
			@Nullable Long sourceRef, String username) {
		return this.jdbc.sql("""
				insert into risk.risk_item (veteran_id, person_name, region_code, level, category, description, owner,
				                            deadline, status, escalation, source, source_ref, created_by)
				values (:veteran, :name, :region, :level, :category, :description, :owner, :deadline, 'OPEN',
				        :escalation, :source, :ref, :by)
				returning id
				""")
			.param("veteran", veteranId)
			.param("name", personName)
			.param("region", regionCode)
			.param("level", draft.level().name())
			.param("category", draft.category().name())
			.param("description", draft.description().strip())
			.param("owner", draft.owner().strip())
			.param("deadline", draft.deadline())
			.param("escalation", draft.level().reportedTo().name())
			.param("source", source.name())
			.param("ref", sourceRef)
			.param("by", username)
			.query(Long.class)
			.single();
	}

	void step(long itemId, RiskStep.Kind kind, LocalDate on, String note, String username) {
		this.jdbc.sql("""
				insert into risk.risk_step (item_id, kind, taken_on, note, taken_by)
				values (:item, :kind, :on, :note, :by)
				""")
			.param("item", itemId)
			.param("kind", kind.name())
			.param("on", on)
			.param("note", note)
			.param("by", username)
			.update();
	}

	Optional<RiskItem> find(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql("select * from risk.risk_item where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> item(rs, today))
			.optional();
	}

	List<RiskStep> steps(long itemId) {
		return this.jdbc.sql("select * from risk.risk_step where item_id = :item order by id")
			.param("item", itemId)
			.query((rs, row) -> new RiskStep(rs.getLong("id"), RiskStep.Kind.valueOf(rs.getString("kind")),
					rs.getObject("taken_on", LocalDate.class), rs.getString("note"), rs.getString("taken_by")))
			.list();
	}

	PageResult<RiskItem> search(RegionScope region, RiskSearch search, LocalDate today, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", region.lowerBound());
		params.put("hi", region.upperBound());
		params.put("status", (search.status() != null) ? search.status().name() : null);
		params.put("level", (search.level() != null) ? search.level().name() : null);
		params.put("category", (search.category() != null) ? search.category().name() : null);
		params.put("escalation", (search.escalation() != null) ? search.escalation().name() : null);
		params.put("veteran", search.veteranId());
		params.put("overdue", search.overdue());
		params.put("today", today);
		List<RiskItem> items = this.jdbc.sql("select * from risk.risk_item" + FILTER + """
				 order by (status = 'RESOLVED'), case level when 'MAJOR' then 0 when 'SIGNIFICANT' then 1 else 2 end,
				          deadline, id
				 limit :limit offset :offset
				""")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> item(rs, today))
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from risk.risk_item" + FILTER)
					.params(params)
					.query(Long.class)
					.single());
	}

	void escalate(long id, Escalation to) {
		this.jdbc.sql("update risk.risk_item set escalation = :to where id = :id")
			.param("id", id)
			.param("to", to.name())
			.update();
	}

	void reassign(long id, String owner, LocalDate deadline) {
		this.jdbc.sql("update risk.risk_item set owner = :owner, deadline = :deadline where id = :id")
			.param("id", id)
			.param("owner", owner)
			.param("deadline", deadline)
			.update();
	}

	void resolve(long id, String note, LocalDate on, String username) {
		this.jdbc.sql("""
				update risk.risk_item set status = 'RESOLVED', resolution = :note, resolved_on = :on, resolved_by = :by
				where id = :id
				""").param("id", id).param("note", note).param("on", on).param("by", username).update();
	}

	/**
	 * Open items past their deadline go one level up, once per deadline; returns the
	 * moved items with their new level.
	 */
	List<Map.Entry<Long, Escalation>> escalateOverdue(LocalDate today) {
		return this.jdbc.sql("""
				update risk.risk_item
				set escalation = case escalation when 'VILLAGE' then 'TOWNSHIP' else 'COUNTY' end,
				    escalated_for = deadline
				where status = 'OPEN' and deadline < :today and escalation <> 'COUNTY'
				  and escalated_for is distinct from deadline
				returning id, escalation
				""")
			.param("today", today)
			.query((rs, row) -> Map.entry(rs.getLong("id"), Escalation.valueOf(rs.getString("escalation"))))
			.list();
	}

	long count(RegionScope region, RiskSearch search, LocalDate today) {
		return search(region, search, today, new PageQuery(0, 1)).total();
	}

	private static RiskItem item(ResultSet rs, LocalDate today) throws SQLException {
		RiskStatus status = RiskStatus.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		return new RiskItem(rs.getLong("id"), rs.getLong("veteran_id"), rs.getString("person_name"),
				rs.getString("region_code"), rs.getString("region_code"), RiskLevel.valueOf(rs.getString("level")),
				RiskCategory.valueOf(rs.getString("category")), rs.getString("description"), rs.getString("owner"),
				deadline, status, Escalation.valueOf(rs.getString("escalation")),
				RiskItem.isOverdue(status, deadline, today), RiskSource.valueOf(rs.getString("source")),
				rs.getObject("source_ref", Long.class), rs.getString("resolution"),
				rs.getObject("resolved_on", LocalDate.class), rs.getString("resolved_by"), rs.getString("created_by"),
				List.of());
	}

}
