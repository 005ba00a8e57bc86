package org.rongjun.benefits.history;

import java.util.List;

import org.rongjun.registry.VeteranRegistry;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every payment line of a person file, newest month first: the veteran's own and those of
 * the family members' beneficiary records (registry's published view
 * {@code registry.entitlement} names them). Lines are found by the payment lines' primary
 * key (beneficiary first), and only lines paid by a region in the caller's scope are
 * shown, so a county sees what it paid.
 */
@Service
@Transactional(readOnly = true)
public class PaymentHistory {

	private static final String LINES = """
			from registry.entitlement e
			join benefits.payment_line pl on pl.beneficiary_id = e.beneficiary_id
			join benefits.payment_run r on r.id = pl.run_id
			where e.veteran_id = :veteran and pl.region_code between :lo and :hi
			""";

	private final JdbcClient jdbc;

	private final VeteranRegistry registry;

	PaymentHistory(JdbcClient jdbc, VeteranRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	public PageResult<PaymentHistoryLine> of(long veteranId, RegionScope scope, PageQuery page) {
		// A file outside the caller's regions is not found, as on every other person
		// endpoint.
		this.registry.get(veteranId, scope);
		List<PaymentHistoryLine> lines = this.jdbc.sql("""
				select pl.beneficiary_id, e.person_name, pl.benefit_type, pl.period_month, pl.kind,
				       pl.amount_fen, pl.state, pl.failure_reason, pl.settled_on, pl.payee_name, pl.bank_account_mask,
				       pl.run_id, r.status as run_status
				""" + LINES + """
				order by pl.period_month desc, pl.benefit_type, pl.beneficiary_id, pl.attempt desc
				limit :limit offset :offset
				""")
			.param("veteran", veteranId)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new PaymentHistoryLine(rs.getLong("beneficiary_id"), rs.getString("person_name"),
					rs.getString("benefit_type"), rs.getObject("period_month", java.time.LocalDate.class),
					rs.getString("kind"), rs.getLong("amount_fen"), rs.getString("state"),
					rs.getString("failure_reason"), rs.getObject("settled_on", java.time.LocalDate.class),
					rs.getString("payee_name"), rs.getString("bank_account_mask"), rs.getLong("run_id"),
					rs.getString("run_status")))
			.list();
		return page.result(lines,
				() -> this.jdbc.sql("select count(*) " + LINES)
					.param("veteran", veteranId)
					.param("lo", scope.lowerBound())
					.param("hi", scope.upperBound())
					.query(Long.class)
					.single());
	}

}
