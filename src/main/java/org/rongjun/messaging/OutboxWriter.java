package org.rongjun.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.copy.BinaryCopyRows;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes a campaign's messages into the outbox the fast way: rendered rows are COPYed
 * (binary) into a temporary staging table, then one
 * {@code insert … select … on conflict do nothing} moves them into the outbox, marking
 * those who opted out of a channel as skipped.
 * <p>
 * Rows go in chunks through two connections of their own, so that while one connection
 * merges a chunk into the outbox the other is already receiving the next (the merge and
 * the COPY each keep one core busy), and a caller streaming the recipients from the
 * database on its own connection is read at the same time. Each chunk commits by itself:
 * a failed enqueue may leave some chunks queued, and enqueuing the same recipients again
 * completes it without duplicates.
 */
@Component
class OutboxWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxWriter.class);

	private static final int CHUNK_ROWS = 50_000;

	private static final int CONNECTIONS = 2;

	private final DataSource dataSource;

	private final ExecutorService mergers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "outbox-writer");
		thread.setDaemon(true);
		return thread;
	});

	OutboxWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	private record Counts(long staged, long added, long skipped) {

		Counts plus(Counts other) {
			return new Counts(this.staged + other.staged, this.added + other.added, this.skipped + other.skipped);
		}

	}

	EnqueueResult write(MessageCampaign campaign, TemplateText body, Stream<Recipient> recipients) {
		long started = System.nanoTime();
		// At most one chunk per connection is in flight; the renderer waits for a free
		// one.
		Semaphore free = new Semaphore(CONNECTIONS);
		List<Future<Counts>> merges = new ArrayList<>();
		long offered = 0;
		try {
			BinaryCopyRows chunk = new BinaryCopyRows(CHUNK_ROWS * 200);
			Iterator<Recipient> iterator = recipients.iterator();
			while (iterator.hasNext()) {
				Recipient recipient = iterator.next();
				offered++;
				render(recipient, campaign.channels(), campaign.variables(), body, chunk);
				if (chunk.rows() >= CHUNK_ROWS) {
					merges.add(submit(campaign.id(), chunk, 0, free));
					chunk = new BinaryCopyRows(CHUNK_ROWS * 200);
				}
			}
			merges.add(submit(campaign.id(), chunk, offered, free));
			Counts total = new Counts(0, 0, 0);
			for (Future<Counts> merge : merges) {
				total = total.plus(merge.get());
			}
			log.info("Enqueued campaign {}: {} recipients, {} messages added in {} ms", campaign.id(), offered,
					total.added(), (System.nanoTime() - started) / 1_000_000);
			return new EnqueueResult(offered, total.added() - total.skipped(), total.skipped(),
					total.staged() - total.added());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			merges.forEach((merge) -> merge.cancel(true));
			throw new IllegalStateException("Interrupted while enqueuing campaign " + campaign.id(), ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not enqueue the messages of campaign " + campaign.id(),
					ex.getCause());
		}
	}

	private Future<Counts> submit(long campaignId, BinaryCopyRows rows, long offered, Semaphore free)
			throws InterruptedException {
		free.acquire();
		return this.mergers.submit(() -> {
			try {
				return merge(campaignId, rows, offered);
			}
			finally {
				free.release();
			}
		});
	}

	/** COPY one chunk into staging and merge it into the outbox, in one transaction. */
	private Counts merge(long campaignId, BinaryCopyRows rows, long offered) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute("""
							create temp table outbox_stage (recipient_key text, channel text, name text, address text,
							                                rendered_text text) on commit drop
							""");
				}
				rows.copyInto(connection,
						"copy outbox_stage (recipient_key, channel, name, address, rendered_text) from stdin (format binary)");
				long staged;
				long skipped;
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery(
								"""
										select count(*),
										       count(*) filter (where (channel, address) in (select channel, address from messaging.opt_out
										                                                       where address is not null)
										                           or (channel, recipient_key) in (select channel, recipient_key
										                                                             from messaging.opt_out
										                                                             where recipient_key is not null))
										from outbox_stage
										""")) {
					rs.next();
					staged = rs.getLong(1);
					skipped = rs.getLong(2);
				}
				long added;
				try (PreparedStatement insert = connection.prepareStatement(
						"""
								insert into messaging.outbox (campaign_id, recipient_key, channel, name, address, rendered_text, status)
								select ?, s.recipient_key, s.channel, s.name, s.address, s.rendered_text,
								       case when (s.channel, s.address) in (select channel, address from messaging.opt_out
								                                            where address is not null)
								              or (s.channel, s.recipient_key) in (select channel, recipient_key from messaging.opt_out
								                                                  where recipient_key is not null)
								            then 'SKIPPED_OPTED_OUT' else 'PENDING' end
								from outbox_stage s
								on conflict (campaign_id, recipient_key, channel) do nothing
								""")) {
					insert.setLong(1, campaignId);
					added = insert.executeUpdate();
				}
				if (added < staged && skipped > 0) {
					// Some rows were already queued; count the opted-out among those
					// really added.
					try (PreparedStatement count = connection.prepareStatement("""
							select count(*) from messaging.outbox o join outbox_stage s
							  on o.campaign_id = ? and o.recipient_key = s.recipient_key and o.channel = s.channel
							where o.status = 'SKIPPED_OPTED_OUT' and o.xmin = pg_current_xact_id()::xid
							""")) {
						count.setLong(1, campaignId);
						try (ResultSet rs = count.executeQuery()) {
							rs.next();
							skipped = rs.getLong(1);
						}
					}
				}
				long toSend = added - skipped;
				try (PreparedStatement update = connection.prepareStatement("""
						update messaging.message_campaign
						set recipient_count = recipient_count + ?, message_count = message_count + ?,
						    status = case when status = 'DRAFT' or ? > 0 then 'SENDING' else status end,
						    finished_at = case when ? > 0 then null else finished_at end
						where id = ?
						""")) {
					update.setLong(1, offered);
					update.setLong(2, added);
					update.setLong(3, toSend);
					update.setLong(4, toSend);
					update.setLong(5, campaignId);
					update.executeUpdate();
				}
				connection.commit();
				return new Counts(staged, added, skipped);
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	/** Appends the recipient's rows: one per channel with an address. */
	private static void render(Recipient recipient, List<Channel> channels, Map<String, String> campaignVariables,
			TemplateText body, BinaryCopyRows out) {
		String text = null;
		for (Channel channel : channels) {
			String address = recipient.address(channel);
			if (address == null) {
				continue;
			}
			if (text == null) {
				Map<String, String> own = recipient.variables();
				text = body.render((name) -> {
					if (name.equals("name")) {
						return recipient.name();
					}
					String value = own.get(name);
					return (value != null) ? value : campaignVariables.get(name);
				});
			}
			out.row(5).text(recipient.key()).text(channel.name()).text(recipient.name()).text(address).text(text);
		}
	}

	@Override
	public void destroy() {
		this.mergers.shutdownNow();
	}

}
