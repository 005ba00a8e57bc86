package org.rongjun.messaging.inbox;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.rongjun.messaging.channel.OutboxMessage;

@Repository
class InboxRepository {

	private final JdbcClient jdbc;

	InboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Puts a message in an inbox once: a retried send finds the row already there. */
	long deliver(OutboxMessage message) {
		this.jdbc.sql("""
				insert into messaging.inbox_message (username, recipient_key, outbox_id, title, body)
				values (:username, :key, :outbox, :title, :body) on conflict (outbox_id) do nothing
				""")
			.param("username", message.address())
			.param("key", message.recipientKey())
			.param("outbox", message.id())
			.param("title", message.title())
			.param("body", message.text())
			.update();
		return this.jdbc.sql("select id from messaging.inbox_message where outbox_id = :outbox")
			.param("outbox", message.id())
			.query(Long.class)
			.single();
	}

	List<InboxMessage> list(String username, boolean unreadOnly, int limit) {
		return this.jdbc.sql("""
				select id, title, body, created_at, read_at from messaging.inbox_message
				where username = :username and (not :unread or read_at is null)
				order by id desc limit :limit
				""").param("username", username).param("unread", unreadOnly).param("limit", limit).query((rs, row) -> {
			OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
			return new InboxMessage(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					(read != null) ? read.toInstant() : null);
		}).list();
	}

	long unread(String username) {
		return this.jdbc
			.sql("select count(*) from messaging.inbox_message where username = :username and read_at is null")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	boolean markRead(long id, String username) {
		return this.jdbc.sql("""
				update messaging.inbox_message set read_at = coalesce(read_at, now())
				where id = :id and username = :username
				""").param("id", id).param("username", username).update() == 1;
	}

}
