package org.rongjun.risk.signals;

import org.rongjun.registry.VeteransMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two files of one person became one (ADR 0015): risk's warnings, risk items and
 * screening checklists move from the retired file to the survivor. A round that listed
 * both keeps the survivor's checklist. Hearing the event twice moves nothing twice.
 */
@Component
class MergedRiskRecords {

	private final JdbcClient jdbc;

	MergedRiskRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener(id = "risk.merged-person-records.veterans-merged")
	void on(VeteransMerged event) {
		rekey("update risk.warning set veteran_id = :survivor where veteran_id = :merged", event);
		rekey("update risk.risk_item set veteran_id = :survivor where veteran_id = :merged", event);
		rekey("""
				delete from risk.screening_item m
				where m.veteran_id = :merged
				  and exists (select 1 from risk.screening_item s
				              where s.round_id = m.round_id and s.veteran_id = :survivor)
				""", event);
		rekey("update risk.screening_item set veteran_id = :survivor where veteran_id = :merged", event);
	}

	private void rekey(String sql, VeteransMerged event) {
		this.jdbc.sql(sql).param("survivor", event.survivorId()).param("merged", event.mergedId()).update();
	}

}
