package org.rongjun.care.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.VisitKind;
import org.rongjun.care.support.Scopes;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans, their materialised target lists and the per-person last visit dates. "Next due"
 * is computed in one query from those three tables, so a board over thousands of people
 * is one indexed scan on the region.
 */
@Repository
class VisitPlanRepository {

	/** Who a target group is, on registry's published view (ADR 0012). */
	static final String TARGET_RULE = """
			(case cast(:group as text)
			   when 'KEY_BENEFICIARY' then p.categories && cast(:categories as text[])
			   when 'HARDSHIP_VETERAN' then p.hardship and not p.deceased
			   when 'RETIRED_OFFICER' then p.discharge_type = any(cast(:retired as text[])) and not p.deceased
			 end)
			""";

	private static final String PLAN = """
			select v.*, (select count(*) from care.plan_target t where t.plan_id = v.id
			             and t.region_code between :lo and :hi) as targets
			from care.visit_plan v
			where (v.region_code between :lo and :hi or v.region_code = any(cast(:above as text[])))
			""";

	private static final String COUNTDOWN = """
			with due as (
			    select t.plan_id, v.name as plan_name, v.visit_kind, v.warn_days, t.veteran_id, t.person_name,
			           t.region_code,
			           case when v.visit_kind = 'HOME_VISIT' then c.last_visit_on else c.last_contact_on end as last_done_on,
			           cast(coalesce(case when v.visit_kind = 'HOME_VISIT' then c.last_visit_on else c.last_contact_on end,
			                         v.starts_on) + make_interval(months => v.interval_months) as date) as next_due_on
			    from care.plan_target t
			    join care.visit_plan v on v.id = t.plan_id
			    left join care.person_contact c on c.veteran_id = t.veteran_id
			    where t.region_code between :lo and :hi and v.active
			      and (cast(:plan as bigint) is null or t.plan_id = :plan)
			), coloured as (
			    select due.*, next_due_on - cast(:today as date) as days_left,
			           case when next_due_on < cast(:today as date) then 'RED'
			                when next_due_on - cast(:today as date) <= warn_days then 'YELLOW'
			                else 'GREEN' end as colour
			    from due
			)
			""";

	private final JdbcClient jdbc;

	VisitPlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(VisitPlanDraft draft, List<String> categories, int warnDays, LocalDate startsOn, String username) {
		return this.jdbc.sql("""
				insert into care.visit_plan (name, target_group, categories, visit_kind, interval_months, warn_days,
				                             region_code, starts_on, active, created_by)
				values (:name, :group, :categories, :kind, :interval, :warn, :region, :startsOn, :active, :by)
				returning id
				""")
			.param("name", draft.name().strip())
			.param("group", draft.targetGroup().name())
			.param("categories", categories.toArray(String[]::new))
			.param("kind", draft.visitKind().name())
			.param("interval", draft.intervalMonths())
			.param("warn", warnDays)
			.param("region", draft.regionCode().strip())
			.param("startsOn", startsOn)
			.param("active", !Boolean.FALSE.equals(draft.active()))
			.param("by", username)
			.query(Long.class)
			.single();
	}

	void update(long id, VisitPlanDraft draft, List<String> categories, int warnDays, LocalDate startsOn) {
		this.jdbc.sql("""
				update care.visit_plan set name = :name, target_group = :group, categories = :categories,
				       visit_kind = :kind, interval_months = :interval, warn_days = :warn, region_code = :region,
				       starts_on = :startsOn, active = :active
				where id = :id
				""")
			.param("id", id)
			.param("name", draft.name().strip())
			.param("group", draft.targetGroup().name())
			.param("categories", categories.toArray(String[]::new))
			.param("kind", draft.visitKind().name())
			.param("interval", draft.intervalMonths())
			.param("warn", warnDays)
			.param("region", draft.regionCode().strip())
			.param("startsOn", startsOn)
			.param("active", !Boolean.FALSE.equals(draft.active()))
			.update();
	}

	Optional<VisitPlan> find(long id, RegionScope scope) {
		return this.jdbc.sql(PLAN + " and v.id = :id")
			.params(Scopes.params(scope))
			.param("id", id)
			.query((rs, row) -> plan(rs))
			.optional();
	}

	List<VisitPlan> list(RegionScope scope) {
		return this.jdbc.sql(PLAN + " order by v.active desc, v.id")
			.params(Scopes.params(scope))
			.query((rs, row) -> plan(rs))
			.list();
	}

	/** Replaces the plan's target list with who matches its rule now: two statements. */
	int materialise(long planId, List<String> retiredTypes) {
		this.jdbc.sql("delete from care.plan_target where plan_id = :plan").param("plan", planId).update();
		Plan plan = this.jdbc.sql("select target_group, categories, region_code from care.visit_plan where id = :id")
			.param("id", planId)
			.query((rs, row) -> new Plan(rs.getString("target_group"), Scopes.strings(rs, "categories"),
					rs.getString("region_code")))
			.single();
		RegionScope region = RegionScope.of(RegionCode.of(plan.regionCode()));
		return this.jdbc.sql("""
				insert into care.plan_target (plan_id, veteran_id, person_name, region_code)
				select :plan, p.veteran_id, p.name, p.region_code
				from registry.veteran_profile p
				where p.region_code between :lo and :hi and
				""" + TARGET_RULE)
			.param("plan", planId)
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.param("group", plan.group())
			.param("categories", plan.categories().toArray(String[]::new))
			.param("retired", retiredTypes.toArray(String[]::new))
			.update();
	}

	/**
	 * Puts one person on exactly the active plans whose rule and region they match now
	 * (after a death or a move).
	 */
	void resyncVeteran(long veteranId, List<String> retiredTypes) {
		this.jdbc.sql("delete from care.plan_target where veteran_id = :v").param("v", veteranId).update();
		List<Long> plans = this.jdbc.sql("select id from care.visit_plan where active").query(Long.class).list();
		for (long planId : plans) {
			Plan plan = this.jdbc
				.sql("select target_group, categories, region_code from care.visit_plan where id = :id")
				.param("id", planId)
				.query((rs, row) -> new Plan(rs.getString("target_group"), Scopes.strings(rs, "categories"),
						rs.getString("region_code")))
				.single();
			RegionScope region = RegionScope.of(RegionCode.of(plan.regionCode()));
			this.jdbc.sql("""
					insert into care.plan_target (plan_id, veteran_id, person_name, region_code)
					select :plan, p.veteran_id, p.name, p.region_code
					from registry.veteran_profile p
					where p.veteran_id = :v and p.region_code between :lo and :hi and
					""" + TARGET_RULE)
				.param("plan", planId)
				.param("v", veteranId)
				.param("lo", region.lowerBound())
				.param("hi", region.upperBound())
				.param("group", plan.group())
				.param("categories", plan.categories().toArray(String[]::new))
				.param("retired", retiredTypes.toArray(String[]::new))
				.update();
		}
	}

	/**
	 * A visit counts for every plan: as a contact always, as a home visit if it was one.
	 */
	void recordContact(long veteranId, VisitKind kind, LocalDate on) {
		this.jdbc.sql("""
				insert into care.person_contact as c (veteran_id, last_visit_on, last_contact_on)
				values (:v, case when :kind = 'HOME_VISIT' then cast(:on as date) end, :on)
				on conflict (veteran_id) do update set
				    last_contact_on = greatest(c.last_contact_on, excluded.last_contact_on),
				    last_visit_on = greatest(c.last_visit_on, excluded.last_visit_on)
				""").param("v", veteranId).param("kind", kind.name()).param("on", on).update();
	}

	PageResult<CountdownEntry> countdown(RegionScope region, @Nullable Long planId, @Nullable CountdownColour colour,
			LocalDate today, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", region.lowerBound());
		params.put("hi", region.upperBound());
		params.put("plan", planId);
		params.put("today", today);
		params.put("colour", (colour != null) ? colour.name() : null);
		String where = " where (cast(:colour as text) is null or colour = :colour)";
		List<CountdownEntry> items = this.jdbc
			.sql(COUNTDOWN + "select * from coloured" + where
					+ " order by next_due_on, veteran_id, plan_id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new CountdownEntry(rs.getLong("plan_id"), rs.getString("plan_name"),
					VisitKind.valueOf(rs.getString("visit_kind")), rs.getLong("veteran_id"),
					rs.getString("person_name"), rs.getString("region_code"), rs.getString("region_code"),
					rs.getObject("last_done_on", LocalDate.class), rs.getObject("next_due_on", LocalDate.class),
					rs.getLong("days_left"), CountdownColour.valueOf(rs.getString("colour"))))
			.list();
		long total = this.jdbc.sql(COUNTDOWN + "select count(*) from coloured" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	List<RegionCountdown> summary(RegionScope region, @Nullable Long planId, LocalDate today, int prefixLength) {
		return this.jdbc.sql(COUNTDOWN + """
				select rpad(left(region_code, :len), 12, '0') as region, count(*) as total,
				       count(*) filter (where colour = 'GREEN') as green,
				       count(*) filter (where colour = 'YELLOW') as yellow,
				       count(*) filter (where colour = 'RED') as red
				from coloured group by 1 order by 1
				""")
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.param("plan", planId)
			.param("today", today)
			.param("len", prefixLength)
			.query((rs, row) -> new RegionCountdown(rs.getString("region"), rs.getString("region"), rs.getLong("total"),
					rs.getLong("green"), rs.getLong("yellow"), rs.getLong("red")))
			.list();
	}

	private record Plan(String group, List<String> categories, String regionCode) {
	}

	private static VisitPlan plan(ResultSet rs) throws SQLException {
		return new VisitPlan(rs.getLong("id"), rs.getString("name"), TargetGroup.valueOf(rs.getString("target_group")),
				Scopes.strings(rs, "categories"), VisitKind.valueOf(rs.getString("visit_kind")),
				rs.getInt("interval_months"), rs.getInt("warn_days"), rs.getString("region_code"),
				rs.getString("region_code"), rs.getObject("starts_on", LocalDate.class), rs.getBoolean("active"),
				rs.getLong("targets"), rs.getString("created_by"));
	}

}
