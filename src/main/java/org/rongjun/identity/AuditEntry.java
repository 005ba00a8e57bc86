package org.rongjun.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log, with the hashes that chain it to its predecessor. Rows of key
 * 0 predate the keyed chain (plain SM3, ADR 0004); every later row is HMAC-SM3 under the
 * audit key it names (ADR 0020).
 */
public record AuditEntry(long id, Instant at, @Nullable String username, @Nullable String scopeCode, String action,
		@Nullable String operation, @Nullable String object, @Nullable String target, AuditOutcome outcome,
		@Nullable String ip, @Nullable String detail, int keyId, String prevHash, String hash) {

	/** The hash of the (non-existent) entry before the first one. */
	static final String GENESIS = "0".repeat(64);

	/** The key id of rows written before the chain was keyed. */
	static final int UNKEYED = 0;

	/** What the HMAC covers: every column but the hash itself, in a fixed order. */
	static String canonical(long id, Instant at, AuditEvent event, int keyId, String prevHash) {
		return String.join("\u001f", "v2", prevHash, Long.toString(id), at.toString(), orEmpty(event.username()),
				orEmpty(event.scopeCode()), event.action(), orEmpty(event.operation()), orEmpty(event.object()),
				orEmpty(event.target()), event.outcome().name(), orEmpty(event.ip()), orEmpty(event.detail()),
				Integer.toString(keyId));
	}

	/** The plain SM3 of a row written before the chain was keyed. */
	static String unkeyedHash(long id, Instant at, AuditEvent event, String prevHash) {
		return Sm3.hex(String.join("\u001f", prevHash, Long.toString(id), at.toString(), orEmpty(event.username()),
				orEmpty(event.scopeCode()), event.action(), orEmpty(event.target()), event.outcome().name(),
				orEmpty(event.ip()), orEmpty(event.detail())));
	}

	AuditEvent event() {
		return new AuditEvent(this.username, this.scopeCode, this.action, this.operation, this.object, this.target,
				this.outcome, this.ip, this.detail);
	}

	/**
	 * The hash this row's content calls for, or null when its key is not configured;
	 * differs from {@link #hash()} once any field was edited.
	 */
	@Nullable String expectedHash(AuditKeys keys) {
		if (this.keyId == UNKEYED) {
			return unkeyedHash(this.id, this.at, event(), this.prevHash);
		}
		return keys.hmac(this.keyId, canonical(this.id, this.at, event(), this.keyId, this.prevHash));
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
