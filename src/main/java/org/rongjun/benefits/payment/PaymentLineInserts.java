package org.rongjun.benefits.payment;

import java.time.LocalDate;

import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.rongjun.benefits.payment.PaymentRates.LOOKBACK_MONTHS;

/**
 * The lines of a run other than the regular month's ({@link RegularLines}), each kind one
 * set-based {@code INSERT … SELECT} over the registry's published views and the run's
 * rates: 丧葬补助 months and authorised 补发 per chunk, top-ups after a retroactive 调标 per run,
 * one-off payables, and the re-issue of a follow-up run. Every insert skips a line whose
 * exactly-once key is taken (ADR 0009).
 */
@Repository
class PaymentLineInserts {

	private final JdbcClient jdbc;

	PaymentLineInserts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * 丧葬补助: the pension continues for N months after the month of death, paid at once by
	 * the next run; months already paid (a death reported late) count.
	 */
	int funeralMonths(PaymentRun run, long lo, long hi) {
		if (run.benefitType().funeralMonths() == 0) {
			return 0;
		}
		RegionScope region = run.region();
		return this.jdbc
			.sql(PaymentLines
				.insert("""
						select e.beneficiary_id, :type, m.month::date, 0, 0, :run, 'FUNERAL', e.veteran_id, e.region_code,
						       e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher, r.monthly_fen,
						       r.standard_id, r.id, :note, 'PENDING'
						from registry.entitlement e
						cross join lateral generate_series(date_trunc('month', e.death_date) + interval '1 month',
						                                   date_trunc('month', e.death_date) + make_interval(months => :months),
						                                   interval '1 month') m(month)
						join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(e.region_code, 6), 12, '0')
						     and r.category = e.category and r.disability_grade = e.disability_grade
						     and r.disability_cause = e.disability_cause and r.household_type = e.household_type
						     and r.lonely_elderly = e.lonely_elderly and r.month = m.month
						where e.beneficiary_id between :lo and :hi and e.status = 'DECEASED'
						  and e.death_date >= cast(:deathFrom as date) and e.death_date <= cast(:last as date)
						  and e.category = any(string_to_array(:categories, ','))
						  and e.region_code between :rlo and :rhi
						"""))
			.param("type", run.benefitType().name())
			.param("run", run.id())
			.param("note", "丧葬补助：去世后继续发放" + run.benefitType().funeralMonths() + "个月"
					+ ((run.benefitType() == BenefitType.DISABILITY_PENSION) ? "（抚恤条例第三十二条，因病死亡）"
							: (run.benefitType() == BenefitType.SURVIVOR_PENSION) ? "（抚恤条例第二十二条）" : "（抚恤条例第六十二条）"))
			.param("months", run.benefitType().funeralMonths())
			.param("lo", lo)
			.param("hi", hi)
			.param("deathFrom", run.firstMonth().minusMonths(LOOKBACK_MONTHS))
			.param("last", run.lastMonth().plusMonths(1).minusDays(1))
			.param("categories", funeralCategories(run.benefitType()))
			.param("rlo", region.lowerBound())
			.param("rhi", region.upperBound())
			.update();
	}

	/**
	 * 补发 authorised for months a paused beneficiary was not paid (抚恤条例 Art 59): the
	 * months not paid yet, as regular lines, at the rate of each month.
	 */
	int backPay(PaymentRun run, long lo, long hi) {
		RegionScope region = run.region();
		return this.jdbc
			.sql(PaymentLines
				.insert("""
						select e.beneficiary_id, :type, m.month::date, 0, 0, :run, 'REGULAR', e.veteran_id, e.region_code,
						       e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher, r.monthly_fen,
						       r.standard_id, r.id, '中止期间补发：' || b.reason, 'PENDING'
						from benefits.back_pay b
						join registry.entitlement e on e.beneficiary_id = b.beneficiary_id
						cross join lateral generate_series(greatest(b.first_month, cast(:window as date)),
						                                   least(b.last_month, cast(:last as date)), interval '1 month') m(month)
						join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(e.region_code, 6), 12, '0')
						     and r.category = e.category and r.disability_grade = e.disability_grade
						     and r.disability_cause = e.disability_cause and r.household_type = e.household_type
						     and r.lonely_elderly = e.lonely_elderly and r.month = m.month
						where b.benefit_type = :type and b.beneficiary_id between :lo and :hi and e.status = 'RECEIVING'
						  and e.region_code between :rlo and :rhi
						"""))
			.param("type", run.benefitType().name())
			.param("run", run.id())
			.param("window", run.firstMonth().minusMonths(LOOKBACK_MONTHS))
			.param("last", run.lastMonth())
			.param("lo", lo)
			.param("hi", hi)
			.param("rlo", region.lowerBound())
			.param("rhi", region.upperBound())
			.update();
	}

	/** 丧葬补助 goes to these categories only (抚恤条例 Art 22, 32, 62; 参试 as 参战, Art 61). */
	private static String funeralCategories(BenefitType type) {
		if (type == BenefitType.LIVING_SUBSIDY) {
			return "51,61";
		}
		return RegularLines.categories(type);
	}

	/**
	 * 补发 after a 调标 with a past effective date: every month already paid (or being paid)
	 * at less than the standard now in force for it gets a top-up line of the difference,
	 * keyed by the standard so that it is paid once.
	 */
	int topUps(PaymentRun run) {
		LocalDate window = run.firstMonth().minusMonths(LOOKBACK_MONTHS);
		boolean retroactive = this.jdbc
			.sql("""
					select exists (select 1 from benefits.benefit_standard where benefit_type = :type and status = 'APPROVED'
					               and effective_from >= :window and effective_from < :first)
					""")
			.param("type", run.benefitType().name())
			.param("window", window)
			.param("first", run.firstMonth())
			.query(Boolean.class)
			.single();
		if (!retroactive) {
			return 0;
		}
		RegionScope region = run.region();
		return this.jdbc
			.sql(PaymentLines
				.insert("""
						select p.beneficiary_id, :type, p.period_month, r.standard_id, 0, :run, 'TOP_UP', p.veteran_id,
						       p.region_code, e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher,
						       r.monthly_fen - p.paid, r.standard_id, r.id,
						       format('补发（调标）：%s 应发%s元，已发%s元，补发%s元', to_char(p.period_month, 'YYYY-MM'),
						              to_char(r.monthly_fen / 100.0, 'FM999999990.00'), to_char(p.paid / 100.0, 'FM999999990.00'),
						              to_char((r.monthly_fen - p.paid) / 100.0, 'FM999999990.00')),
						       'PENDING'
						from (select beneficiary_id, period_month, min(veteran_id) as veteran_id, min(region_code) as region_code,
						             sum(amount_fen) as paid
						      from benefits.payment_line
						      where benefit_type = :type and attempt = 0 and beneficiary_id > 0
						        and kind in ('REGULAR', 'TOP_UP', 'FUNERAL')
						        and period_month >= :window and period_month < :first
						        and region_code between :rlo and :rhi
						      group by beneficiary_id, period_month) p
						join registry.entitlement e on e.beneficiary_id = p.beneficiary_id
						join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(p.region_code, 6), 12, '0')
						     and r.category = e.category and r.disability_grade = e.disability_grade
						     and r.disability_cause = e.disability_cause and r.household_type = e.household_type
						     and r.lonely_elderly = e.lonely_elderly and r.month = p.period_month
						where r.monthly_fen > p.paid
						"""))
			.param("type", run.benefitType().name())
			.param("run", run.id())
			.param("window", window)
			.param("first", run.firstMonth())
			.param("rlo", region.lowerBound())
			.param("rhi", region.upperBound())
			.update();
	}

	/**
	 * Scheduled one-off payables of the run's benefit in its region, due by its last
	 * month.
	 */
	int oneOffs(PaymentRun run) {
		RegionScope region = run.region();
		return this.jdbc.sql(PaymentLines.insert("""
				select 0, o.benefit_type, o.due_month, o.id, 0, :run, 'ONE_OFF', o.veteran_id, o.region_code,
				       p.person_name, p.bank_name, p.bank_account_mask, p.bank_account_cipher, o.amount_fen,
				       null::bigint, null::bigint, coalesce(o.description, o.reference), 'PENDING'
				from benefits.one_off_payable o
				join registry.payee p on p.veteran_id = o.veteran_id
				where o.benefit_type = :type and o.status = 'SCHEDULED' and o.due_month <= :last
				  and o.region_code between :rlo and :rhi
				"""))
			.param("run", run.id())
			.param("type", run.benefitType().name())
			.param("last", run.lastMonth())
			.param("rlo", region.lowerBound())
			.param("rhi", region.upperBound())
			.update();
	}

	/**
	 * A follow-up run re-issues exactly the lines the bank returned as failed, with the
	 * payee's bank account as the registry has it now (the usual fix).
	 */
	int reissueFailed(PaymentRun run) {
		return this.jdbc
			.sql(PaymentLines
				.insert("""
						select f.beneficiary_id, f.benefit_type, f.period_month, f.basis, 0, :run, f.kind, f.veteran_id,
						       f.region_code, coalesce(e.person_name, p.person_name, f.payee_name),
						       coalesce(e.bank_name, p.bank_name, f.bank_name),
						       coalesce(e.bank_account_mask, p.bank_account_mask, f.bank_account_mask),
						       coalesce(e.bank_account_cipher, p.bank_account_cipher, f.bank_account_cipher), f.amount_fen,
						       f.standard_id, f.rate_id, '重新发放：原批次#' || f.run_id || '失败（' || coalesce(f.failure_reason, '') || '）',
						       'PENDING'
						from benefits.payment_line f
						left join registry.entitlement e on f.beneficiary_id > 0 and e.beneficiary_id = f.beneficiary_id
						left join registry.payee p on f.beneficiary_id = 0 and p.veteran_id = f.veteran_id
						where f.run_id = :source and f.state = 'FAILED' and f.attempt = :source
						  and not exists (select 1 from benefits.one_off_payable o
						                  where f.beneficiary_id = 0 and o.id = f.basis and o.status = 'WITHDRAWN')
						"""))
			.param("run", run.id())
			.param("source", run.followUpOf())
			.update();
	}

}
