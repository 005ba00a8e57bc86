package org.rongjun.messaging;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.stereotype.Component;

/**
 * Writes a campaign's messages into the outbox the fast way: rendered rows are COPYed
 * into a temporary staging table, then one
 * {@code insert … select … on conflict do nothing} moves them into the outbox, marking
 * those who opted out of a channel as skipped. It runs on a connection of its own so that
 * a caller streaming the recipients from the database (on its connection) is read while
 * this one writes, and it commits by itself.
 */
@Component
class OutboxWriter {

	private final DataSource dataSource;

	OutboxWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	EnqueueResult write(MessageCampaign campaign, TemplateText body, Stream<Recipient> recipients) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				EnqueueResult result = write(connection, campaign, body, recipients);
				connection.commit();
				return result;
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not enqueue the messages of campaign " + campaign.id(), ex);
		}
	}

	private EnqueueResult write(Connection connection, MessageCampaign campaign, TemplateText body,
			Stream<Recipient> recipients) throws SQLException, IOException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					create temp table outbox_stage (recipient_key text, channel text, name text, address text,
					                                rendered_text text) on commit drop
					""");
		}
		long offered = copy(connection, campaign.channels(), campaign.variables(), body, recipients);
		long staged;
		long added;
		long skipped;
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						with added as (
						    insert into messaging.outbox (campaign_id, recipient_key, channel, name, address, rendered_text, status)
						    select ?, s.recipient_key, s.channel, s.name, s.address, s.rendered_text,
						           case when (s.channel, s.address) in (select channel, address from messaging.opt_out
						                                                where address is not null)
						                  or (s.channel, s.recipient_key) in (select channel, recipient_key from messaging.opt_out
						                                                      where recipient_key is not null)
						                then 'SKIPPED_OPTED_OUT' else 'PENDING' end
						    from outbox_stage s
						    on conflict (campaign_id, recipient_key, channel) do nothing
						    returning status)
						select (select count(*) from outbox_stage), count(*), count(*) filter (where status = 'SKIPPED_OPTED_OUT')
						from added
						""")) {
			insert.setLong(1, campaign.id());
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				staged = rs.getLong(1);
				added = rs.getLong(2);
				skipped = rs.getLong(3);
			}
		}
		try (PreparedStatement update = connection.prepareStatement("""
				update messaging.message_campaign
				set recipient_count = recipient_count + ?, message_count = message_count + ?,
				    status = case when status = 'DRAFT' then 'SENDING' when ? > 0 then 'SENDING' else status end,
				    finished_at = case when ? > 0 then null else finished_at end
				where id = ?
				""")) {
			update.setLong(1, offered);
			update.setLong(2, added);
			update.setLong(3, added - skipped);
			update.setLong(4, added - skipped);
			update.setLong(5, campaign.id());
			update.executeUpdate();
		}
		return new EnqueueResult(offered, added - skipped, skipped, staged - added);
	}

	private static long copy(Connection connection, List<Channel> channels, Map<String, String> campaignVariables,
			TemplateText body, Stream<Recipient> recipients) throws SQLException, IOException {
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		long offered = 0;
		Iterator<Recipient> iterator = recipients.iterator();
		try (Writer writer = new OutputStreamWriter(new PGCopyOutputStream(
				copy.copyIn("copy outbox_stage (recipient_key, channel, name, address, rendered_text) from stdin"),
				1 << 16), StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder(256);
			while (iterator.hasNext()) {
				Recipient recipient = iterator.next();
				offered++;
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
					line.setLength(0);
					escaped(line, recipient.key()).append('\t').append(channel.name()).append('\t');
					escaped(line, recipient.name()).append('\t');
					escaped(line, address).append('\t');
					escaped(line, text).append('\n');
					writer.append(line);
				}
			}
		}
		return offered;
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

}
