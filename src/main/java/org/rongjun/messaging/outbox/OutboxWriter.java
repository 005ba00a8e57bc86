package org.rongjun.messaging.outbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.messaging.channel.Addresses;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.config.MessagingProperties;
import org.rongjun.messaging.template.TemplateText;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes a campaign's messages into the outbox the fast way: rendered rows are COPYed
 * into a temporary staging table, then one
 * {@code insert … select … on conflict do nothing} moves them into the outbox. Every
 * recipient gets one row per channel of the campaign: to send (PENDING), or recorded as
 * skipped because they opted out of the channel or have no address on it, so the report
 * can say why each person was left out. Addresses are sealed (SM4) and indexed (HMAC-SM3)
 * as they are rendered; none reaches the database in clear.
 * <p>
 * Rows go in chunks through two connections of their own, so that while one connection
 * merges a chunk into the outbox the other is already receiving the next (the merge and
 * the COPY each keep one core busy), and a caller streaming the recipients from the
 * database on its own connection is read at the same time. Each chunk commits by itself,
 * in order, together with the campaign's counts (recipients newly queued, counted from
 * the rows really inserted, so nobody is counted twice) and, for a resumable enqueue, the
 * position of its last recipient: after a crash the enqueue resumes after the last
 * committed chunk.
 */
@Component
public class OutboxWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxWriter.class);

	private static final int CONNECTIONS = 2;

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final DataSource dataSource;

	private final Addresses addresses;

	private final ExecutorService mergers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "outbox-writer");
		thread.setDaemon(true);
		return thread;
	});

	/** Rows per chunk; fault tests make it small. */
	volatile int chunkRows;

	/** Runs inside each chunk's transaction right before it commits (fault tests). */
	volatile @Nullable ChunkHook beforeCommit;

	OutboxWriter(DataSource dataSource, Addresses addresses, MessagingProperties properties) {
		this.dataSource = dataSource;
		this.addresses = addresses;
		this.chunkRows = properties.queue().chunkRows();
	}

	/** What the recipients get: the campaign's channels, variables and template body. */
	public record Target(long campaignId, List<Channel> channels, Map<String, String> variables, TemplateText body) {
	}

	/**
	 * A resumable enqueue: {@code node} holds the campaign's claim, renewed for
	 * {@code lease} by every chunk, and each chunk records the {@code position} of its
	 * last recipient (recipients come in ascending position). A chunk whose campaign is
	 * no longer claimed by {@code node} rolls back: someone else has taken over.
	 */
	public record Resumable(String node, Duration lease, ToLongFunction<Recipient> position) {
	}

	@FunctionalInterface
	interface ChunkHook {

		void run(long campaignId, long position, Connection connection) throws SQLException;

	}

	/** The campaign's claim passed to another node while a chunk was being written. */
	public static class ClaimLost extends IllegalStateException {

		public ClaimLost(long campaignId, String node) {
			super("Campaign " + campaignId + " is no longer queued by " + node);
		}

	}

	private record Counts(long staged, long inserted, long recipients, long optedOut, long noAddress) {

		Counts plus(Counts other) {
			return new Counts(this.staged + other.staged, this.inserted + other.inserted,
					this.recipients + other.recipients, this.optedOut + other.optedOut,
					this.noAddress + other.noAddress);
		}

	}

	public EnqueueResult write(Target target, Stream<Recipient> recipients) {
		return write(target, recipients, null);
	}

	public EnqueueResult write(Target target, Stream<Recipient> recipients, @Nullable Resumable resumable) {
		long started = System.nanoTime();
		int chunkRows = this.chunkRows;
		// At most one chunk per connection is in flight; the renderer waits for a free
		// one.
		Semaphore free = new Semaphore(CONNECTIONS);
		List<Future<Counts>> merges = new ArrayList<>();
		CompletableFuture<Void> committed = CompletableFuture.completedFuture(null);
		long offered = 0;
		try {
			ByteArrayOutputStream chunk = new ByteArrayOutputStream(chunkRows * 200);
			int rows = 0;
			long position = 0;
			StringBuilder line = new StringBuilder(256);
			Iterator<Recipient> iterator = recipients.iterator();
			while (iterator.hasNext() && !committed.isCompletedExceptionally()) {
				Recipient recipient = iterator.next();
				offered++;
				if (resumable != null) {
					position = resumable.position().applyAsLong(recipient);
				}
				rows += render(line, recipient, target, chunk);
				if (rows >= chunkRows) {
					CompletableFuture<Void> done = new CompletableFuture<>();
					merges.add(submit(target.campaignId(), chunk.toByteArray(), position, resumable, committed, done,
							free));
					committed = done;
					chunk.reset();
					rows = 0;
				}
			}
			merges.add(submit(target.campaignId(), chunk.toByteArray(), position, resumable, committed,
					new CompletableFuture<>(), free));
			Counts total = new Counts(0, 0, 0, 0, 0);
			for (Future<Counts> merge : merges) {
				total = total.plus(merge.get());
			}
			log.info("Enqueued campaign {}: {} recipients offered, {} new, {} messages added in {} ms",
					target.campaignId(), offered, total.recipients(), total.inserted(),
					(System.nanoTime() - started) / 1_000_000);
			return new EnqueueResult(offered, total.inserted() - total.optedOut() - total.noAddress(), total.optedOut(),
					total.noAddress(), total.staged() - total.inserted());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			merges.forEach((merge) -> merge.cancel(true));
			throw new IllegalStateException("Interrupted while enqueuing campaign " + target.campaignId(), ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof ClaimLost lost) {
				throw lost;
			}
			throw new IllegalStateException("Could not enqueue the messages of campaign " + target.campaignId(),
					ex.getCause());
		}
	}

	private Future<Counts> submit(long campaignId, byte[] rows, long position, @Nullable Resumable resumable,
			CompletableFuture<Void> previous, CompletableFuture<Void> done, Semaphore free)
			throws InterruptedException {
		free.acquire();
		return this.mergers.submit(() -> {
			try {
				Counts counts = merge(campaignId, rows, position, resumable, previous);
				done.complete(null);
				return counts;
			}
			catch (Throwable ex) {
				done.completeExceptionally(ex);
				throw ex;
			}
			finally {
				free.release();
			}
		});
	}

	/**
	 * COPY one chunk into staging and merge it into the outbox, in one transaction that
	 * commits only after the previous chunk's: a committed position never skips an
	 * uncommitted chunk.
	 */
	private Counts merge(long campaignId, byte[] rows, long position, @Nullable Resumable resumable,
			CompletableFuture<Void> previous) throws SQLException, IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute("""
							create temp table outbox_stage (recipient_key text, channel text, name text,
							                                address_cipher bytea, address_index bytea,
							                                rendered_text text) on commit drop
							""");
				}
				long staged = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
						copy outbox_stage (recipient_key, channel, name, address_cipher, address_index, rendered_text)
						from stdin""", new ByteArrayInputStream(rows), 1 << 16);
				Counts counts = insert(connection, campaignId, staged);
				awaitPrevious(previous);
				record(connection, campaignId, counts, position, resumable);
				ChunkHook hook = this.beforeCommit;
				if (hook != null) {
					hook.run(campaignId, position, connection);
				}
				connection.commit();
				return counts;
			}
			catch (SQLException | IOException | RuntimeException ex) {
				rollback(connection);
				throw ex;
			}
		}
	}

	/**
	 * Moves the staged rows into the outbox: opted-out and address-less rows are recorded
	 * as skipped, rows already there are left alone. Counts only what was inserted.
	 */
	private static Counts insert(Connection connection, long campaignId, long staged) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						with inserted as (
						    insert into messaging.outbox (campaign_id, recipient_key, channel, name, address_cipher, address_index,
						                                  rendered_text, status)
						    select ?, s.recipient_key, s.channel, s.name, s.address_cipher, s.address_index, s.rendered_text,
						           case when s.address_index is null then 'SKIPPED_NO_ADDRESS'
						                when (s.channel, s.address_index) in (select channel, address_index from messaging.opt_out
						                                                      where address_index is not null)
						                  or (s.channel, s.recipient_key) in (select channel, recipient_key from messaging.opt_out
						                                                      where recipient_key is not null)
						                then 'SKIPPED_OPTED_OUT' else 'PENDING' end
						    from outbox_stage s
						    on conflict (campaign_id, recipient_key, channel) do nothing
						    returning recipient_key, status)
						select count(*), count(distinct recipient_key), count(*) filter (where status = 'SKIPPED_OPTED_OUT'),
						       count(*) filter (where status = 'SKIPPED_NO_ADDRESS')
						from inserted
						""")) {
			insert.setLong(1, campaignId);
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return new Counts(staged, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
			}
		}
	}

	/**
	 * Adds the chunk to the campaign's counts and, when resumable, moves its position and
	 * renews the claim.
	 */
	private static void record(Connection connection, long campaignId, Counts counts, long position,
			@Nullable Resumable resumable) throws SQLException {
		long toSend = counts.inserted() - counts.optedOut() - counts.noAddress();
		try (PreparedStatement update = connection.prepareStatement("""
				update messaging.message_campaign
				set recipient_count = recipient_count + ?, message_count = message_count + ?,
				    status = case when status = 'DRAFT' or ? > 0 then 'SENDING' else status end,
				    finished_at = case when ? > 0 then null else finished_at end,
				    queue_cursor = greatest(queue_cursor, ?),
				    queue_lease_until = case when ? then now() + ? * interval '1 millisecond' else queue_lease_until end
				where id = ? and (not ? or queue_owner = ?)
				""")) {
			update.setLong(1, counts.recipients());
			update.setLong(2, counts.inserted() - counts.noAddress());
			update.setLong(3, toSend);
			update.setLong(4, toSend);
			update.setLong(5, (resumable != null) ? position : 0);
			update.setBoolean(6, resumable != null);
			update.setLong(7, (resumable != null) ? resumable.lease().toMillis() : 0);
			update.setLong(8, campaignId);
			update.setBoolean(9, resumable != null);
			update.setString(10, (resumable != null) ? resumable.node() : "");
			if (update.executeUpdate() == 0 && resumable != null) {
				throw new ClaimLost(campaignId, resumable.node());
			}
		}
	}

	private static void awaitPrevious(CompletableFuture<Void> previous) {
		try {
			previous.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("An earlier chunk failed", ex.getCause());
		}
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// The connection is gone (a terminated backend): nothing was committed.
			log.debug("Rollback failed: {}", ex.getMessage());
		}
	}

	/**
	 * Appends the recipient's rows, one per channel; answers how many.
	 */
	private int render(StringBuilder line, Recipient recipient, Target target, ByteArrayOutputStream out) {
		String text = null;
		line.setLength(0);
		for (Channel channel : target.channels()) {
			String raw = recipient.address(channel);
			String address = (raw != null) ? Addresses.normalise(channel, raw) : null;
			escaped(line, recipient.key()).append('\t').append(channel.name()).append('\t');
			escaped(line, recipient.name()).append('\t');
			if (address == null) {
				line.append("\\N\t\\N\t\\N\n");
				continue;
			}
			if (text == null) {
				Map<String, String> own = recipient.variables();
				Map<String, String> campaignVariables = target.variables();
				text = target.body().render((name) -> {
					if (name.equals("name")) {
						return recipient.name();
					}
					String value = own.get(name);
					return (value != null) ? value : campaignVariables.get(name);
				});
			}
			hex(line, this.addresses.encrypt(address)).append('\t');
			hex(line, this.addresses.index(address)).append('\t');
			escaped(line, text).append('\n');
		}
		byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
		out.write(bytes, 0, bytes.length);
		return target.channels().size();
	}

	/** A bytea in COPY text format: {@code \\x} and hex digits. */
	private static StringBuilder hex(StringBuilder line, byte[] value) {
		line.append("\\\\x");
		for (byte b : value) {
			line.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
		}
		return line;
	}

	/** COPY text format: backslash, tab, newline and carriage return are escaped. */
	private static StringBuilder escaped(StringBuilder line, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
		return line;
	}

	@Override
	public void destroy() {
		this.mergers.shutdownNow();
	}

}
