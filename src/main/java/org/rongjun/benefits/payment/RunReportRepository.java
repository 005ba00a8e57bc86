package org.rongjun.benefits.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read-only queries behind a run's reports: its lines, who it leaves out, on-time
 * figures.
 */
@Repository
class RunReportRepository {

	/** One region's on-time figures for a month, before the region is named. */
	record OnTimeRow(String regionCode, LocalDate month, long due, long paidOnTime, long paidLate, long failed,
			long outstanding) {
	}

	private static final String LINES_OF_RUN = """
			 where l.run_id = :run and (cast(:state as text) is null or l.state = :state)
			""";

	private final JdbcClient jdbc;

	RunReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of a run's lines (all of them lie in the run's region), each with the rule
	 * that computed its amount.
	 */
	List<PaymentLineView> lines(long runId, @Nullable String state, PageQuery page) {
		return this.jdbc
			.sql("""
					select l.beneficiary_id, l.basis, l.kind, l.veteran_id, l.payee_name, l.bank_account_mask, l.region_code,
					       l.period_month, l.amount_fen, l.standard_id, concat_ws('；', r.explanation, l.note) as explanation,
					       l.state, l.failure_reason
					from benefits.payment_line l left join benefits.payment_rate r on r.id = l.rate_id
					"""
					+ LINES_OF_RUN + " order by l.beneficiary_id, l.basis, l.period_month limit :limit offset :offset")
			.param("run", runId)
			.param("state", state)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new PaymentLineView(
					BankFileWriter.reference(runId, rs.getLong("beneficiary_id"),
							"ONE_OFF".equals(rs.getString("kind")) ? rs.getLong("basis") : 0),
					rs.getLong("beneficiary_id"), rs.getLong("veteran_id"), rs.getString("payee_name"),
					rs.getString("bank_account_mask"), rs.getString("region_code"),
					rs.getObject("period_month", LocalDate.class), rs.getString("kind"), rs.getLong("amount_fen"),
					rs.getObject("standard_id", Long.class), rs.getString("explanation"), rs.getString("state"),
					rs.getString("failure_reason")))
			.list();
	}

	/**
	 * Counts a run's lines: only for a run still being prepared, whose figures are kept
	 * once it is prepared.
	 */
	long countLines(long runId, @Nullable String state) {
		return this.jdbc.sql("select count(*) from benefits.payment_line l" + LINES_OF_RUN)
			.param("run", runId)
			.param("state", state)
			.query(Long.class)
			.single();
	}

	/**
	 * Receiving beneficiaries of the run's categories in its region (and the caller's
	 * scope) without a live line for the run's first month in any run: how many, and the
	 * first 200 by id.
	 */
	UnpaidBeneficiaries unpaid(PaymentRun run, RegionScope scope) {
		RegionScope within = run.region();
		List<UnpaidBeneficiary> first = new ArrayList<>();
		// the window count comes with every row: one scan gives the total and the first
		// 200
		long[] total = { 0 };
		this.jdbc.sql("""
				select e.beneficiary_id, e.veteran_id, e.person_name, e.region_code, e.category, e.disability_grade,
				       e.disability_cause, e.household_type, e.lonely_elderly, count(*) over () as total
				from registry.entitlement e
				where e.status = 'RECEIVING' and e.category = any(string_to_array(:categories, ','))
				  and e.region_code between :rlo and :rhi and e.region_code between :lo and :hi
				  and not exists (select 1 from benefits.payment_line l
				                  where l.beneficiary_id = e.beneficiary_id and l.benefit_type = :type
				                    and l.period_month = :month and l.attempt = 0)
				order by e.beneficiary_id
				limit 200
				""")
			.param("categories", String.join(",", run.benefitType().categories()))
			.param("rlo", within.lowerBound())
			.param("rhi", within.upperBound())
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("type", run.benefitType().name())
			.param("month", run.firstMonth())
			.query((rs) -> {
				total[0] = rs.getLong("total");
				first.add(new UnpaidBeneficiary(rs.getLong("beneficiary_id"), rs.getLong("veteran_id"),
						rs.getString("person_name"), rs.getString("region_code"), rs.getString("category"),
						rs.getInt("disability_grade"), rs.getString("disability_cause"), rs.getString("household_type"),
						rs.getBoolean("lonely_elderly")));
			});
		return new UnpaidBeneficiaries(total[0], first);
	}

	/**
	 * Per region (its code cut to {@code length} digits) and month: each payment item
	 * (beneficiary × benefit × month × basis) counted once, by its live line.
	 */
	List<OnTimeRow> onTime(RegionScope scope, int length, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select rpad(left(region_code, :len), 12, '0') as region, period_month, count(*) as due,
				       count(*) filter (where live_state = 'PAID'
				                        and settled_on < period_month + interval '1 month') as on_time,
				       count(*) filter (where live_state = 'PAID'
				                        and settled_on >= period_month + interval '1 month') as late,
				       count(*) filter (where live_state is null) as failed,
				       count(*) filter (where live_state = 'PENDING') as outstanding
				from (select max(region_code) as region_code, period_month,
				             max(state) filter (where attempt = 0) as live_state,
				             max(settled_on) filter (where attempt = 0) as settled_on
				      from benefits.payment_line
				      where region_code between :lo and :hi and period_month between :from and :to
				      group by beneficiary_id, benefit_type, period_month, basis) k
				group by 1, 2 order by 1, 2
				""")
			.param("len", length)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new OnTimeRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
			.list();
	}

}
