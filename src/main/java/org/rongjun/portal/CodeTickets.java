package org.rongjun.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.rongjun.portal.AccountRepository.utc;

/**
 * One-time code tickets. The code is kept only as SHA-256 over the ticket and the code: a
 * six-digit code is guessable from its hash offline, which is why a ticket also dies
 * after five wrong tries and five minutes, and is used once.
 */
@Repository
class CodeTickets {

	record Ticket(UUID ticket, @Nullable Long veteranId, boolean opens, byte[] codeHash, Instant expiresAt,
			int attempts, boolean used) {
	}

	private final JdbcClient jdbc;

	CodeTickets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID ticket, @Nullable Long veteranId, String code, boolean sent, boolean opens, String source,
			Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				insert into portal.code_ticket
				    (ticket, purpose, veteran_id, code_hash, sent, opens, source, created_at, expires_at)
				values (:ticket, 'ACTIVATE', :veteran, :hash, :sent, :opens, :source, :now, :expires)
				""")
			.param("ticket", ticket)
			.param("veteran", veteranId)
			.param("hash", hash(ticket, code))
			.param("sent", sent)
			.param("opens", opens)
			.param("source", source)
			.param("now", utc(now))
			.param("expires", utc(expiresAt))
			.update();
	}

	/** The ticket, locked for this transaction: two tries at once count as two. */
	Optional<Ticket> lock(UUID ticket) {
		return this.jdbc.sql("""
				select ticket, veteran_id, opens, code_hash, expires_at, attempts, used_at is not null as used
				from portal.code_ticket where ticket = :ticket for update
				""")
			.param("ticket", ticket)
			.query((rs, row) -> new Ticket(rs.getObject("ticket", UUID.class),
					(Long) rs.getObject("veteran_id", Long.class), rs.getBoolean("opens"), rs.getBytes("code_hash"),
					rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant(), rs.getInt("attempts"),
					rs.getBoolean("used")))
			.optional();
	}

	void wrongTry(UUID ticket) {
		this.jdbc.sql("update portal.code_ticket set attempts = attempts + 1 where ticket = :ticket")
			.param("ticket", ticket)
			.update();
	}

	void used(UUID ticket, Instant now) {
		this.jdbc.sql("update portal.code_ticket set used_at = :now where ticket = :ticket")
			.param("now", utc(now))
			.param("ticket", ticket)
			.update();
	}

	/** Codes texted to this file since {@code since}. */
	int sentTo(long veteranId, Instant since) {
		return this.jdbc.sql(
				"select count(*) from portal.code_ticket where veteran_id = :veteran and sent and created_at >= :since")
			.param("veteran", veteranId)
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}

	/** Code requests from this source address since {@code since}, matched or not. */
	int requestedFrom(String source, Instant since) {
		return this.jdbc.sql("select count(*) from portal.code_ticket where source = :source and created_at >= :since")
			.param("source", source)
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}

	static boolean matches(Ticket ticket, String code) {
		return MessageDigest.isEqual(ticket.codeHash(), hash(ticket.ticket(), code));
	}

	private static byte[] hash(UUID ticket, String code) {
		try {
			return MessageDigest.getInstance("SHA-256").digest((ticket + ":" + code).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
