package org.rongjun.grants;

import org.rongjun.registry.VeteransMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two files of one person became one (ADR 0015): the applications of the retired file,
 * with their review trail and evidence, now belong to the survivor, so the person's grant
 * history is in one place.
 */
@Component
class MergedApplicants {

	private final JdbcClient jdbc;

	MergedApplicants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener(id = "grants.merged-applicants.veterans-merged")
	void on(VeteransMerged event) {
		this.jdbc.sql("update grants.hardship_grant set veteran_id = :survivor where veteran_id = :merged")
			.param("survivor", event.survivorId())
			.param("merged", event.mergedId())
			.update();
	}

}
