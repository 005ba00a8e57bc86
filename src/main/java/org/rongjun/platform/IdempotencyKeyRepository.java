package org.rongjun.platform;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keys of idempotent POSTs and their stored answers (platform V60). */
@Repository
class IdempotencyKeyRepository {

	/** How long a key is remembered. */
	static final Duration KEEP = Duration.ofHours(24);

	/** How long a node vouches for a request it is running. */
	static final Duration LEASE = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	IdempotencyKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	enum State {

		IN_PROGRESS, COMMITTED, COMPLETED

	}

	record Stored(byte[] requestHash, State state, boolean abandoned, @Nullable Integer status,
			@Nullable String contentType, byte @Nullable [] body) {
	}

	/** Takes a key nobody holds (or whose day is over) for this request. */
	boolean claim(IdempotentRequest request, byte[] hash) {
		return this.jdbc.sql("""
				insert into platform.idempotency_key
				    (username, key, request_hash, state, node, incarnation, lease_until, expires_at)
				values (:username, :key, :hash, 'IN_PROGRESS', :node, :incarnation,
				        now() + :lease * interval '1 second', now() + :keep * interval '1 second')
				on conflict (username, key) do update
				    set request_hash = excluded.request_hash, state = 'IN_PROGRESS', node = excluded.node,
				        incarnation = excluded.incarnation, lease_until = excluded.lease_until, status = null,
				        content_type = null, body = null, created_at = now(), expires_at = excluded.expires_at
				    where platform.idempotency_key.expires_at < now()
				""")
			.param("username", request.username())
			.param("key", request.key())
			.param("hash", hash)
			.param("node", request.node())
			.param("incarnation", request.incarnation())
			.param("lease", LEASE.toSeconds())
			.param("keep", KEEP.toSeconds())
			.update() == 1;
	}

	/**
	 * The key's row; {@code abandoned} when it is in progress (or committed and not yet
	 * answered) on an instance that is gone (this node's earlier incarnation) or whose
	 * lease ran out.
	 */
	Optional<Stored> find(IdempotentRequest request) {
		return this.jdbc.sql("""
				select request_hash, state, status, content_type, body,
				       state in ('IN_PROGRESS', 'COMMITTED') and (lease_until < now()
				           or (node = :node and incarnation <> :incarnation)) as abandoned
				from platform.idempotency_key
				where username = :username and key = :key and expires_at >= now()
				""")
			.param("username", request.username())
			.param("key", request.key())
			.param("node", request.node())
			.param("incarnation", request.incarnation())
			.query((rs, row) -> new Stored(rs.getBytes("request_hash"), State.valueOf(rs.getString("state")),
					rs.getBoolean("abandoned"), (Integer) rs.getObject("status"), rs.getString("content_type"),
					rs.getBytes("body")))
			.optional();
	}

	/**
	 * Takes over a request whose runner died before its records were committed (else it
	 * would be COMMITTED): running it again cannot make a second record.
	 */
	boolean takeOver(IdempotentRequest request) {
		return this.jdbc.sql("""
				update platform.idempotency_key
				set node = :node, incarnation = :incarnation, lease_until = now() + :lease * interval '1 second'
				where username = :username and key = :key and state = 'IN_PROGRESS'
				  and (lease_until < now() or (node = :node and incarnation <> :incarnation))
				""")
			.param("username", request.username())
			.param("key", request.key())
			.param("node", request.node())
			.param("incarnation", request.incarnation())
			.param("lease", LEASE.toSeconds())
			.update() == 1;
	}

	/** Called inside the transaction that writes the request's records. */
	void markCommitted(IdempotentRequest request) {
		this.jdbc.sql("""
				update platform.idempotency_key set state = 'COMMITTED'
				where username = :username and key = :key and state = 'IN_PROGRESS'
				""").param("username", request.username()).param("key", request.key()).update();
	}

	void complete(IdempotentRequest request, int status, @Nullable String contentType, byte[] body) {
		this.jdbc.sql("""
				update platform.idempotency_key
				set state = 'COMPLETED', status = :status, content_type = :contentType, body = :body
				where username = :username and key = :key
				""")
			.param("username", request.username())
			.param("key", request.key())
			.param("status", status)
			.param("contentType", contentType)
			.param("body", body)
			.update();
	}

	/**
	 * Forgets a request that failed before committing anything, so that the same key can
	 * be tried again; one that committed keeps its key.
	 */
	void release(IdempotentRequest request) {
		this.jdbc.sql("""
				delete from platform.idempotency_key
				where username = :username and key = :key and state = 'IN_PROGRESS'
				""").param("username", request.username()).param("key", request.key()).update();
	}

	int purgeExpired() {
		return this.jdbc.sql("delete from platform.idempotency_key where expires_at < now()").update();
	}

}
