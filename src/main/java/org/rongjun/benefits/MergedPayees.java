package org.rongjun.benefits;

import org.rongjun.registry.VeteransMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two files of one person became one (ADR 0015): benefits' rows that name the retired
 * file as the payee (one-off payables, overpayments to recover, payment lines) now name
 * the survivor. Beneficiary records moved in the registry with their ids, so what is
 * keyed by beneficiary follows by itself. Hearing the event twice moves nothing twice.
 */
@Component
class MergedPayees {

	private final JdbcClient jdbc;

	MergedPayees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener(id = "benefits.merged-payees.veterans-merged")
	void on(VeteransMerged event) {
		rekey("update benefits.one_off_payable set veteran_id = :survivor where veteran_id = :merged", event);
		rekey("update benefits.overpayment set veteran_id = :survivor where veteran_id = :merged", event);
		// payment_line has no index on veteran_id (ADR 0009: one index per line, whatever
		// a run writes), so this reads the table once: a merge is rare and nobody waits
		// for it
		rekey("update benefits.payment_line set veteran_id = :survivor where veteran_id = :merged", event);
	}

	private void rekey(String sql, VeteransMerged event) {
		this.jdbc.sql(sql).param("survivor", event.survivorId()).param("merged", event.mergedId()).update();
	}

}
