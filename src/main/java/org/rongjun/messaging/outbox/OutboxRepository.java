package org.rongjun.messaging.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.rongjun.messaging.channel.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox's rows as the dispatcher sees them. A claim names its node and runs out at
 * {@code claim_expires_at}: a node releases its own claims when it starts again, and
 * anybody's once they have run out, never a live node's.
 */
@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	OutboxRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * A claimed row: its sealed address is opened only when it is sent; {@code optedOut}
	 * says whether the person opted out since the message was queued.
	 */
	record Claimed(long id, long campaignId, String recipientKey, String name, byte[] addressCipher, String title,
			String text, int attempts, boolean optedOut) {
	}

	/**
	 * Claims up to {@code limit} due messages of a channel (PENDING → SENDING) for
	 * {@code node} until {@code lease} has passed. SKIP LOCKED lets several dispatchers
	 * share the outbox without waiting on each other's rows.
	 */
	List<Claimed> claim(Channel channel, int limit, String node, Duration lease) {
		return this.jdbc
			.sql("""
					with due as (
					    select id from messaging.outbox
					    where channel = :channel and status = 'PENDING' and next_attempt_at <= now()
					    order by next_attempt_at
					    limit :limit
					    for update skip locked),
					claimed as (
					    update messaging.outbox o
					    set status = 'SENDING', claimed_by = :node, claim_expires_at = now() + :lease * interval '1 millisecond'
					    from due where o.id = due.id
					    returning o.id, o.campaign_id, o.recipient_key, o.name, o.address_cipher, o.address_index,
					              o.rendered_text, o.attempts)
					select c.id, c.campaign_id, c.recipient_key, c.name, c.address_cipher, c.rendered_text, c.attempts,
					       m.title,
					       (c.address_index in (select address_index from messaging.opt_out
					                            where channel = :channel and address_index is not null)
					        or c.recipient_key in (select recipient_key from messaging.opt_out
					                               where channel = :channel and recipient_key is not null)) as opted_out
					from claimed c join messaging.message_campaign m on m.id = c.campaign_id
					order by c.id
					""")
			.param("channel", channel.name())
			.param("limit", limit)
			.param("node", node)
			.param("lease", lease.toMillis())
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("recipient_key"),
					rs.getString("name"), rs.getBytes("address_cipher"), rs.getString("title"),
					rs.getString("rendered_text"), rs.getInt("attempts"), rs.getBoolean("opted_out")))
			.list();
	}

	/**
	 * Extends this node's claims on {@code ids} (a long pass at a slow channel's rate).
	 */
	void renew(List<Long> ids, String node, Duration lease) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update messaging.outbox set claim_expires_at = now() + :lease * interval '1 millisecond'
				where id = any(:ids) and status = 'SENDING' and claimed_by = :node
				""")
			.param("lease", lease.toMillis())
			.param("ids", ids.toArray(Long[]::new))
			.param("node", node)
			.update();
	}

	void skipOptedOut(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				update messaging.outbox set status = 'SKIPPED_OPTED_OUT', claimed_by = null, claim_expires_at = null
				where id = ?
				""", ids.stream().map((id) -> new Object[] { id }).toList());
	}

	record Sent(long id, String providerMessageId, boolean delivered) {
	}

	/**
	 * Records that providers accepted messages. One statement per call: the dispatcher
	 * calls it for every message of a channel that may not be sent twice, before that
	 * channel's next send.
	 */
	void markSent(List<Sent> sent) {
		if (sent.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(sent.size());
		for (Sent message : sent) {
			rows.add(new Object[] { message.delivered() ? "DELIVERED" : "SENT", message.providerMessageId(),
					message.delivered(), message.id() });
		}
		this.batch.batchUpdate("""
				update messaging.outbox
				set status = ?, provider_message_id = ?, sent_at = now(),
				    delivered_at = case when ? then now() end, attempts = attempts + 1, last_error = null,
				    claimed_by = null, claim_expires_at = null
				where id = ?
				""", rows);
	}

	record Failed(long id, String error) {
	}

	/**
	 * Puts failed messages back to PENDING to be retried after {@code baseDelay ×
	 * 2^attempts}, or FAILED once they have had {@code maxAttempts}.
	 */
	void markFailed(List<Failed> failed, Duration baseDelay, int maxAttempts) {
		if (failed.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(failed.size());
		for (Failed message : failed) {
			rows.add(new Object[] { maxAttempts, baseDelay.toMillis(), truncate(message.error()), message.id() });
		}
		this.batch.batchUpdate("""
				update messaging.outbox
				set attempts = attempts + 1,
				    status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,
				    next_attempt_at = now() + (? * power(2, attempts + 1)) * interval '1 millisecond',
				    last_error = ?, claimed_by = null, claim_expires_at = null
				where id = ?
				""", rows);
	}

	/** Returns this node's claimed messages to the queue without counting an attempt. */
	void release(List<Long> ids, Duration after, String node) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update messaging.outbox
				set status = 'PENDING', next_attempt_at = now() + :after * interval '1 millisecond', claimed_by = null,
				    claim_expires_at = null
				where id = any(:ids) and status = 'SENDING' and claimed_by = :node
				""")
			.param("after", after.toMillis())
			.param("ids", ids.toArray(Long[]::new))
			.param("node", node)
			.update();
	}

	/**
	 * When {@code node} starts: what it had claimed before it stopped goes back to the
	 * queue, and so does whatever any node left behind with its lease run out. Claims of
	 * other live nodes are left alone.
	 */
	int releaseOwnAndExpired(String node) {
		return this.jdbc
			.sql("""
					update messaging.outbox set status = 'PENDING', claimed_by = null, claim_expires_at = null
					where status = 'SENDING' and (claimed_by = :node or claim_expires_at is null or claim_expires_at < now())
					""")
			.param("node", node)
			.update();
	}

	/** Claims whose node has not renewed them in time: that node is gone. */
	int releaseExpired() {
		return this.jdbc.sql("""
				update messaging.outbox set status = 'PENDING', claimed_by = null, claim_expires_at = null
				where status = 'SENDING' and claim_expires_at < now()
				""").update();
	}

	record Receipt(String providerMessageId, boolean delivered, String state, Timestamp at) {
	}

	/**
	 * Applies delivery receipts; answers the ids of those that matched no sent message
	 * (yet).
	 */
	List<Receipt> applyReceipts(List<Receipt> receipts) {
		List<Receipt> unmatched = new ArrayList<>();
		for (Receipt receipt : receipts) {
			int updated = this.jdbc.sql("""
					update messaging.outbox
					set status = :status, delivered_at = case when :delivered then cast(:at as timestamptz) end,
					    last_error = case when :delivered then null else '回执：' || :state end
					where provider_message_id = :id and channel = 'SMS' and status in ('SENT', 'DELIVERED', 'FAILED')
					""")
				.param("status", receipt.delivered() ? "DELIVERED" : "FAILED")
				.param("delivered", receipt.delivered())
				.param("at", receipt.at())
				.param("state", receipt.state())
				.param("id", receipt.providerMessageId())
				.update();
			if (updated == 0) {
				unmatched.add(receipt);
			}
		}
		return unmatched;
	}

	/**
	 * Ends the sending campaigns that have nothing left to send and whose whole audience
	 * is queued. Called when the dispatcher runs dry, not on every pass, because it looks
	 * at each sending campaign's messages.
	 */
	int finishDrained() {
		return this.jdbc.sql("""
				update messaging.message_campaign c set status = 'DONE', finished_at = now()
				where c.status = 'SENDING' and (c.audience is null or c.audience_queued_at is not null)
				  and not exists (select 1 from messaging.outbox o
				                  where o.campaign_id = c.id and o.status in ('PENDING', 'SENDING'))
				""").update();
	}

	private static String truncate(String error) {
		return (error.length() <= 500) ? error : error.substring(0, 500);
	}

}
