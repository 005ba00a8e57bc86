package org.rongjun.benefits.payment;

import org.rongjun.benefits.PaymentFailedRepeatedly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a return file is reconciled: the payees of the run whose payment failed in at
 * least two runs since the last run that paid them (runs are numbered in the order they
 * were made), each announced as {@link PaymentFailedRepeatedly}. A follow-up run that
 * fails again is the second failure.
 */
@Component
class RepeatedFailures {

	static final int THRESHOLD = 2;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RepeatedFailures(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	int announce(long runId) {
		var found = this.jdbc.sql("""
				with failed as (
				    select beneficiary_id, min(veteran_id) as veteran_id, min(region_code) as region_code,
				           max(coalesce(failure_reason, '银行退回')) as reason
				    from benefits.payment_line where run_id = :run and state = 'FAILED'
				    group by beneficiary_id
				)
				select f.*, (select count(distinct l.run_id) from benefits.payment_line l
				             where l.beneficiary_id = f.beneficiary_id and l.state = 'FAILED'
				               and l.run_id > coalesce((select max(p.run_id) from benefits.payment_line p
				                                        where p.beneficiary_id = f.beneficiary_id and p.state = 'PAID'),
				                                       0)) as failures
				from failed f
				""")
			.param("run", runId)
			.query((rs, row) -> new PaymentFailedRepeatedly(rs.getLong("beneficiary_id"), rs.getLong("veteran_id"),
					rs.getString("region_code"), runId, rs.getInt("failures"), rs.getString("reason")))
			.list()
			.stream()
			.filter((event) -> event.failures() >= THRESHOLD)
			.toList();
		found.forEach(this.events::publishEvent);
		return found.size();
	}

}
