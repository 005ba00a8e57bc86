package org.rongjun.messaging.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.channel.OutboxMessage;

@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	OutboxRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	record Claimed(OutboxMessage message, boolean optedOut) {
	}

	/**
	 * Claims up to {@code limit} due messages of a channel (PENDING → SENDING). SKIP
	 * LOCKED lets several dispatchers share the outbox without waiting on each other's
	 * rows; each claim also says whether the person has opted out since the message was
	 * queued.
	 */
	List<Claimed> claim(Channel channel, int limit) {
		return this.jdbc
			.sql("""
					with due as (
					    select id from messaging.outbox
					    where channel = :channel and status = 'PENDING' and next_attempt_at <= now()
					    order by next_attempt_at
					    limit :limit
					    for update skip locked),
					claimed as (
					    update messaging.outbox o set status = 'SENDING' from due where o.id = due.id
					    returning o.id, o.campaign_id, o.recipient_key, o.name, o.address, o.rendered_text, o.attempts)
					select c.id, c.campaign_id, c.recipient_key, c.name, c.address, c.rendered_text, c.attempts, m.title,
					       (c.address in (select address from messaging.opt_out where channel = :channel and address is not null)
					        or c.recipient_key in (select recipient_key from messaging.opt_out
					                               where channel = :channel and recipient_key is not null)) as opted_out
					from claimed c join messaging.message_campaign m on m.id = c.campaign_id
					order by c.id
					""")
			.param("channel", channel.name())
			.param("limit", limit)
			.query((rs,
					row) -> new Claimed(new OutboxMessage(rs.getLong("id"), rs.getLong("campaign_id"),
							rs.getString("recipient_key"), channel, rs.getString("name"), rs.getString("address"),
							rs.getString("title"), rs.getString("rendered_text"), rs.getInt("attempts")),
							rs.getBoolean("opted_out")))
			.list();
	}

	void skipOptedOut(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("update messaging.outbox set status = 'SKIPPED_OPTED_OUT' where id = ?",
				ids.stream().map((id) -> new Object[] { id }).toList());
	}

	record Sent(long id, String providerMessageId, boolean delivered) {
	}

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
				    delivered_at = case when ? then now() end, attempts = attempts + 1, last_error = null
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
				    last_error = ?
				where id = ?
				""", rows);
	}

	/** Returns claimed messages to the queue without counting an attempt. */
	void release(List<Long> ids, Duration after) {
		if (ids.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				update messaging.outbox set status = 'PENDING', next_attempt_at = now() + ? * interval '1 millisecond'
				where id = ? and status = 'SENDING'
				""", ids.stream().map((id) -> new Object[] { after.toMillis(), id }).toList());
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
	 * After a restart nothing is sending: messages claimed by the previous run go back to
	 * PENDING. A message whose submit was accepted in the instant before a crash may go
	 * out again; that window is one batch flush long.
	 */
	int releaseClaimed() {
		return this.jdbc.sql("update messaging.outbox set status = 'PENDING' where status = 'SENDING'").update();
	}

	record Row(long id, String recipientKey, Channel channel, String address, String text, MessageStatus status,
			int attempts, @Nullable String lastError, @Nullable String providerMessageId) {
	}

	/** A campaign's messages, for tests and the delivery report. */
	List<Row> messages(long campaignId) {
		return this.jdbc
			.sql("""
					select id, recipient_key, channel, address, rendered_text, status, attempts, last_error, provider_message_id
					from messaging.outbox where campaign_id = :id order by id
					""")
			.param("id", campaignId)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), MessageStatus.valueOf(rs.getString(6)), rs.getInt(7),
					rs.getString(8), rs.getString(9)))
			.list();
	}

	/**
	 * Ends the sending campaigns that have nothing left to send. Called when the
	 * dispatcher runs dry, not on every pass, because it looks at each sending campaign's
	 * messages.
	 */
	int finishDrained() {
		return this.jdbc.sql("""
				update messaging.message_campaign c set status = 'DONE', finished_at = now()
				where c.status = 'SENDING'
				  and not exists (select 1 from messaging.outbox o
				                  where o.campaign_id = c.id and o.status in ('PENDING', 'SENDING'))
				""").update();
	}

	private static String truncate(String error) {
		return (error.length() <= 500) ? error : error.substring(0, 500);
	}

}
