package org.rongjun.messaging;

import org.rongjun.registry.VeteransMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two files of one person became one (ADR 0015). A registry person's recipient key is
 * their file id, so what messaging keeps under the retired id moves to the survivor: an
 * opt-out keeps holding (the person asked once, whichever file it was on), inbox messages
 * and queued messages follow. Where both files were queued for the same campaign and
 * channel, the retired file's unsent copy is dropped so the person hears it once. A
 * message already sent to both stays recorded under the key it went out with: the outbox
 * is also the record of what was sent (ADR 0008).
 */
@Component
class MergedRecipients {

	private final JdbcClient jdbc;

	MergedRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener(id = "messaging.merged-recipients.veterans-merged")
	void on(VeteransMerged event) {
		rekey("""
				update messaging.opt_out o set recipient_key = :survivor
				where recipient_key = :merged and not exists (select 1 from messaging.opt_out s
				                                              where s.channel = o.channel and s.recipient_key = :survivor)
				""",
				event);
		rekey("delete from messaging.opt_out where recipient_key = :merged", event);
		rekey("update messaging.inbox_message set recipient_key = :survivor where recipient_key = :merged", event);
		rekey("""
				delete from messaging.outbox m using messaging.outbox s
				where m.recipient_key = :merged and m.status = 'PENDING' and s.recipient_key = :survivor
				  and s.campaign_id = m.campaign_id and s.channel = m.channel
				""", event);
		rekey("""
				update messaging.outbox o set recipient_key = :survivor
				where recipient_key = :merged and not exists (select 1 from messaging.outbox s
				                                              where s.campaign_id = o.campaign_id and s.channel = o.channel
				                                                and s.recipient_key = :survivor)
				""",
				event);
	}

	private void rekey(String sql, VeteransMerged event) {
		this.jdbc.sql(sql)
			.param("survivor", String.valueOf(event.survivorId()))
			.param("merged", String.valueOf(event.mergedId()))
			.update();
	}

}
