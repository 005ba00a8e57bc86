package org.rongjun.benefits.death;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.DeathCause;
import org.rongjun.registry.VeteranDied;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a veteran's death's statutory effect ({@link VeteranDeath}) once and previews it
 * for the person about to record it. The 丧葬补助 months themselves are paid by the runs,
 * which read the cause from the registry's view; what is kept here is what a run cannot
 * derive: the 一次性抚恤金 with its inputs as they were at the death, and the survivors to
 * register.
 */
@Service
public class VeteranDeaths {

	private final JdbcClient jdbc;

	private final VeteranRegistry registry;

	VeteranDeaths(JdbcClient jdbc, VeteranRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/** What recording this death would pay; nothing is stored. */
	@Transactional(readOnly = true)
	public DeathEffect preview(long veteranId, DeathCause cause, LocalDate date, RegionScope scope) {
		this.registry.get(veteranId, scope);
		return death(veteranId, cause, date).effect(income(date.getYear() - 1), basePay(date));
	}

	/** The effect recorded for a death, if one was. */
	@Transactional(readOnly = true)
	public @Nullable DeathEffect recorded(long veteranId, RegionScope scope) {
		this.registry.get(veteranId, scope);
		return this.jdbc.sql("select cause, death_date from benefits.death_effect where veteran_id = :v")
			.param("v", veteranId)
			.query((rs, n) -> death(veteranId, DeathCause.valueOf(rs.getString("cause")),
					rs.getObject("death_date", LocalDate.class)))
			.optional()
			.map((death) -> stored(veteranId, death))
			.orElse(null);
	}

	/**
	 * After the registry committed the death (ADR 0022). Hearing it twice, or hearing a
	 * death without a cause (recorded before causes were kept), stores nothing more.
	 */
	@ApplicationModuleListener(id = "benefits.death-effects.by-cause")
	void on(VeteranDied event) {
		if (event.cause() == null) {
			return;
		}
		VeteranDeath death = death(event.veteranId(), event.cause(), event.deathDate());
		DeathEffect effect = death.effect(income(event.deathDate().getYear() - 1), basePay(event.deathDate()));
		this.jdbc
			.sql("""
					insert into benefits.death_effect (veteran_id, death_date, cause, article, region_code, lump_sum_fen,
					                                   income_year, income_fen, base_pay_fen, lump_sum_basis, missing_parameter,
					                                   survivor_category)
					select :veteran, :date, :cause, :article, p.region_code, :lumpSum, :incomeYear, :income, :basePay, :basis,
					       :missing, :category
					from registry.payee p where p.veteran_id = :veteran
					on conflict (veteran_id) do nothing
					""")
			.param("veteran", event.veteranId())
			.param("date", event.deathDate())
			.param("cause", effect.cause().name())
			.param("article", effect.article())
			.param("lumpSum", effect.lumpSumFen())
			.param("incomeYear", effect.incomeYear())
			.param("income", effect.incomeFen())
			.param("basePay", effect.basePayFen())
			.param("basis", effect.lumpSumBasis())
			.param("missing", effect.missingParameter())
			.param("category", effect.survivorCategory())
			.update();
	}

	/**
	 * A recorded death's effect with the parameters it was computed with: those of its
	 * date, entered before or after it (a lump sum waiting for a figure is completed when
	 * the figure is entered, {@link #completeWaitingLumpSums}).
	 */
	private DeathEffect stored(long veteranId, VeteranDeath death) {
		return death.effect(income(death.date().getYear() - 1), basePay(death.date()));
	}

	/**
	 * The 一次性抚恤金 of deaths recorded while a parameter of its formula was missing, now
	 * that it may be there.
	 */
	void completeWaitingLumpSums() {
		List<Long> waiting = this.jdbc
			.sql("select veteran_id from benefits.death_effect where missing_parameter is not null for update")
			.query(Long.class)
			.list();
		for (long veteranId : waiting) {
			Map<String, Object> row = this.jdbc
				.sql("select cause, death_date from benefits.death_effect where veteran_id = :v")
				.param("v", veteranId)
				.query()
				.singleRow();
			VeteranDeath death = death(veteranId, DeathCause.valueOf((String) row.get("cause")),
					((java.sql.Date) row.get("death_date")).toLocalDate());
			DeathEffect effect = death.effect(income(death.date().getYear() - 1), basePay(death.date()));
			this.jdbc
				.sql("""
						update benefits.death_effect set lump_sum_fen = :lumpSum, income_year = :incomeYear,
						    income_fen = :income, base_pay_fen = :basePay, lump_sum_basis = :basis, missing_parameter = :missing
						where veteran_id = :v
						""")
				.param("v", veteranId)
				.param("lumpSum", effect.lumpSumFen())
				.param("incomeYear", effect.incomeYear())
				.param("income", effect.incomeFen())
				.param("basePay", effect.basePayFen())
				.param("basis", effect.lumpSumBasis())
				.param("missing", effect.missingParameter())
				.update();
		}
	}

	private VeteranDeath death(long veteranId, DeathCause cause, LocalDate date) {
		List<DisabilityHeld> disabilities = this.jdbc.sql("""
				select disability_grade, disability_cause from registry.entitlement
				where veteran_id = :v and family_member_id is null and disability_grade > 0
				""")
			.param("v", veteranId)
			.query((rs, n) -> new DisabilityHeld(rs.getInt("disability_grade"), rs.getString("disability_cause")))
			.list();
		return new VeteranDeath(cause, date, disabilities);
	}

	/** 国家统计局's figure for {@code year} (上一年度 of a death in year + 1), if entered. */
	@Nullable Long income(int year) {
		return this.jdbc.sql("""
				select value_fen from benefits.standard_parameter
				where code = 'NATIONAL_URBAN_DISPOSABLE_INCOME' and effective_from = make_date(:year, 1, 1)
				""").param("year", year).query(Long.class).optional().orElse(null);
	}

	/** The 少尉军官基本工资 in force on {@code date}, if entered. */
	@Nullable Long basePay(LocalDate date) {
		return this.jdbc.sql("""
				select value_fen from benefits.standard_parameter
				where code = 'SECOND_LIEUTENANT_BASE_PAY' and effective_from <= :date
				order by effective_from desc limit 1
				""").param("date", date).query(Long.class).optional().orElse(null);
	}

	/**
	 * Deaths whose survivors are to be registered for 因公牺牲/病故军人遗属定期抚恤金 (Art 32) and are
	 * not yet: no family member of the veteran holds that category.
	 */
	@Transactional(readOnly = true)
	public long survivorsToRegister(RegionScope scope) {
		return this.jdbc.sql("""
				select count(*) from benefits.death_effect d
				where d.survivor_category is not null and d.region_code between :lo and :hi
				  and not exists (select 1 from registry.entitlement e
				                  where e.veteran_id = d.veteran_id and e.family_member_id is not null
				                    and e.category = d.survivor_category)
				""").param("lo", scope.lowerBound()).param("hi", scope.upperBound()).query(Long.class).single();
	}

	/** Deaths whose 一次性抚恤金 waits for a parameter of its formula. */
	@Transactional(readOnly = true)
	public long lumpSumsWaiting(RegionScope scope) {
		return this.jdbc.sql("""
				select count(*) from benefits.death_effect
				where missing_parameter is not null and region_code between :lo and :hi
				""").param("lo", scope.lowerBound()).param("hi", scope.upperBound()).query(Long.class).single();
	}

	/**
	 * Disabled veterans who died before causes were kept: their 丧葬补助 waits for the cause
	 * (补登死亡原因).
	 */
	@Transactional(readOnly = true)
	public long causesMissing(RegionScope scope) {
		return this.jdbc.sql("""
				select count(distinct veteran_id) from registry.entitlement
				where status = 'DECEASED' and family_member_id is null and disability_grade > 0 and death_cause is null
				  and region_code between :lo and :hi
				""").param("lo", scope.lowerBound()).param("hi", scope.upperBound()).query(Long.class).single();
	}

	/** A recorded death's effect as the deaths page lists it. */
	public record RecordedDeath(long veteranId, String name, String regionCode, LocalDate deathDate, DeathCause cause,
			String article, @Nullable Long lumpSumFen, @Nullable String lumpSumBasis, @Nullable String missingParameter,
			@Nullable String survivorCategory, boolean survivorsRegistered) {
	}

	/** The deaths recorded in the caller's regions, latest first. */
	@Transactional(readOnly = true)
	public List<RecordedDeath> list(RegionScope scope) {
		return this.jdbc.sql("""
				select d.veteran_id, p.person_name, d.region_code, d.death_date, d.cause, d.article, d.lump_sum_fen,
				       d.lump_sum_basis, d.missing_parameter, d.survivor_category,
				       exists (select 1 from registry.entitlement e
				               where e.veteran_id = d.veteran_id and e.family_member_id is not null
				                 and e.category = d.survivor_category) as registered
				from benefits.death_effect d
				join registry.payee p on p.veteran_id = d.veteran_id
				where d.region_code between :lo and :hi
				order by d.death_date desc, d.veteran_id
				limit 500
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, n) -> new RecordedDeath(rs.getLong("veteran_id"), rs.getString("person_name"),
					rs.getString("region_code"), rs.getObject("death_date", LocalDate.class),
					DeathCause.valueOf(rs.getString("cause")), rs.getString("article"),
					rs.getObject("lump_sum_fen", Long.class), rs.getString("lump_sum_basis"),
					rs.getString("missing_parameter"), rs.getString("survivor_category"), rs.getBoolean("registered")))
			.list();
	}

}
