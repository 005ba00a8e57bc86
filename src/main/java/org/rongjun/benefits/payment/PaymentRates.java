package org.rongjun.benefits.payment;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A run's resolved standards ({@code benefits.payment_rate}, ADR 0009, 0016): what one
 * month pays per county, entitlement key, household type and 孤老 mark, and why. Lines
 * point here instead of repeating the explanation a million times.
 */
@Repository
class PaymentRates {

	/** How far back 补发 top-ups and 丧葬补助 look, and how far forward 丧葬补助 months reach. */
	static final int LOOKBACK_MONTHS = 24;

	static final int LOOKAHEAD_MONTHS = 12;

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	PaymentRates(JdbcClient jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/**
	 * For each component the standard of the most specific region (county over city over
	 * province over national), then of the household's own type over one for both, the
	 * latest one in force that month; BASE plus the add-ons, 孤老增发 only for those marked
	 * 孤老. Once per run: a resumed preparation keeps the rates it resolved.
	 */
	void resolve(PaymentRun run) {
		boolean resolved = this.jdbc.sql("select exists (select 1 from benefits.payment_rate where run_id = :run)")
			.param("run", run.id())
			.query(Boolean.class)
			.single();
		if (resolved) {
			return;
		}
		this.jdbc
			.sql("""
					insert into benefits.payment_rate (run_id, county_code, category, disability_grade, disability_cause,
					                                   household_type, lonely_elderly, month, standard_id, monthly_fen,
					                                   explanation)
					select :run, c.county, k.category, k.disability_grade, k.disability_cause, h.household_type, l.lonely,
					       m.month::date, base.id, base.monthly_fen + coalesce(addon.fen, 0),
					       base.explanation || coalesce(addon.explanation, '')
					from unnest(string_to_array(:counties, ',')) c(county)
					cross join (select distinct category, disability_grade, disability_cause from benefits.benefit_standard
					            where benefit_type = :type and status = 'APPROVED') k
					cross join (values ('ANY'), ('URBAN'), ('RURAL')) h(household_type)
					cross join (values (false), (true)) l(lonely)
					cross join generate_series(cast(:from as date), cast(:to as date), interval '1 month') m(month)
					cross join lateral (
					    select s.id, s.monthly_fen,
					           format('%s%s 每月%s元（标准#%s，%s起）', s.basis,
					                  case s.household_type when 'URBAN' then '（城镇户籍）' when 'RURAL' then '（农村户籍）' else '' end,
					                  to_char(s.monthly_fen / 100.0, 'FM999999990.00'), s.id,
					                  to_char(s.effective_from, 'YYYY-MM')) as explanation
					    from benefits.benefit_standard s
					    where s.benefit_type = :type and s.status = 'APPROVED' and s.household_type in ('ANY', h.household_type)
					      and s.component = 'BASE' and s.category = k.category
					      and s.disability_grade = k.disability_grade and s.disability_cause = k.disability_cause
					      and s.effective_from <= m.month
					      and s.region_code in ('000000000000', rpad(left(c.county, 2), 12, '0'),
					                            rpad(left(c.county, 4), 12, '0'), c.county)
					    order by length(rtrim(s.region_code, '0')) desc, s.household_type <> 'ANY' desc, s.effective_from desc
					    limit 1) base
					left join lateral (
					    select sum(a.monthly_fen) as fen,
					           string_agg(format('；＋%s 每月%s元（标准#%s）', a.basis,
					                             to_char(a.monthly_fen / 100.0, 'FM999999990.00'), a.id), '' order by a.component)
					               as explanation
					    from (select distinct on (s.component) s.*
					          from benefits.benefit_standard s
					          where s.benefit_type = :type and s.status = 'APPROVED'
					            and s.household_type in ('ANY', h.household_type)
					            and s.component <> 'BASE' and (s.component <> 'LONELY_ELDERLY' or l.lonely)
					            and s.category = k.category
					            and s.disability_grade = k.disability_grade and s.disability_cause = k.disability_cause
					            and s.effective_from <= m.month
					            and s.region_code in ('000000000000', rpad(left(c.county, 2), 12, '0'),
					                                  rpad(left(c.county, 4), 12, '0'), c.county)
					          order by s.component, length(rtrim(s.region_code, '0')) desc, s.household_type <> 'ANY' desc,
					                   s.effective_from desc) a) addon
					    on true
					""")
			.param("run", run.id())
			.param("counties", String.join(",", counties(run)))
			.param("type", run.benefitType().name())
			.param("from", run.firstMonth().minusMonths(LOOKBACK_MONTHS))
			.param("to", run.lastMonth().plusMonths(LOOKAHEAD_MONTHS))
			.update();
	}

	/**
	 * The counties whose standards apply: the county of the run's region, or every county
	 * under it (a household moved out this year is paid by its old county, inside the
	 * run's region).
	 */
	private Set<String> counties(PaymentRun run) {
		RegionCode root = RegionCode.of(run.regionCode());
		Set<String> counties = new TreeSet<>();
		if (root.level().ordinal() >= RegionLevel.COUNTY.ordinal()) {
			counties.add(countyOf(run.regionCode()));
		}
		else {
			counties.addAll(this.regions.currentCodesWithin(RegionScope.of(root))
				.stream()
				.map(PaymentRates::countyOf)
				.collect(Collectors.toSet()));
		}
		return counties;
	}

	private static String countyOf(String regionCode) {
		return regionCode.substring(0, 6) + "000000";
	}

}
