package org.rongjun.care.plans;

import org.rongjun.registry.VeteransMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two files of one person became one (ADR 0015): care's rows move from the retired file
 * to the survivor. Visits move as they are. The last visit and contact are the later of
 * both files'. A festival campaign that listed both files keeps one target, the
 * survivor's, with what was spent on either (the campaign's totals do not change). Plan
 * targets are worked out again for the survivor. Hearing the event twice moves nothing
 * twice.
 */
@Component
class MergedPersonRecords {

	private final JdbcClient jdbc;

	private final VisitPlanService plans;

	MergedPersonRecords(JdbcClient jdbc, VisitPlanService plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	@ApplicationModuleListener(id = "care.merged-person-records.veterans-merged")
	void on(VeteransMerged event) {
		rekey("update care.visit set veteran_id = :survivor where veteran_id = :merged", event);
		rekey("""
				insert into care.person_contact as c (veteran_id, last_visit_on, last_contact_on)
				select :survivor, last_visit_on, last_contact_on from care.person_contact where veteran_id = :merged
				on conflict (veteran_id) do update set
				    last_visit_on = greatest(c.last_visit_on, excluded.last_visit_on),
				    last_contact_on = greatest(c.last_contact_on, excluded.last_contact_on)
				""", event);
		rekey("delete from care.person_contact where veteran_id = :merged", event);
		rekey("""
				update care.campaign_target s set
				    completed_on = least(s.completed_on, m.completed_on),
				    completed_by = coalesce(s.completed_by, m.completed_by),
				    spent_fen = case when s.spent_fen is null and m.spent_fen is null then null
				                     else coalesce(s.spent_fen, 0) + coalesce(m.spent_fen, 0) end,
				    note = nullif(left(concat_ws('；', s.note, m.note), 500), '')
				from care.campaign_target m
				where m.campaign_id = s.campaign_id and s.veteran_id = :survivor and m.veteran_id = :merged
				""", event);
		rekey("""
				delete from care.campaign_target m using care.campaign_target s
				where m.campaign_id = s.campaign_id and s.veteran_id = :survivor and m.veteran_id = :merged
				""", event);
		rekey("update care.campaign_target set veteran_id = :survivor where veteran_id = :merged", event);
		this.plans.resync(event.mergedId());
		this.plans.resync(event.survivorId());
	}

	private void rekey(String sql, VeteransMerged event) {
		this.jdbc.sql(sql).param("survivor", event.survivorId()).param("merged", event.mergedId()).update();
	}

}
