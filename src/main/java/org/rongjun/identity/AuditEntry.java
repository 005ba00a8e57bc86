package org.rongjun.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the audit log, with the hashes that chain it to its predecessor. */
public record AuditEntry(long id, Instant at, @Nullable String username, @Nullable String scopeCode, String action,
		@Nullable String target, AuditOutcome outcome, @Nullable String ip, @Nullable String detail, String prevHash,
		String hash) {

	/** The hash of the (non-existent) entry before the first one. */
	static final String GENESIS = "0".repeat(64);

	static String hashOf(long id, Instant at, AuditEvent event, String prevHash) {
		String canonical = String.join("\u001f", prevHash, Long.toString(id), at.toString(), orEmpty(event.username()),
				orEmpty(event.scopeCode()), event.action(), orEmpty(event.target()), event.outcome().name(),
				orEmpty(event.ip()), orEmpty(event.detail()));
		return Sm3.hex(canonical);
	}

	/**
	 * Recomputes the hash from the stored content: differs from {@link #hash()} once any
	 * field was edited.
	 */
	String recomputedHash() {
		return hashOf(this.id, this.at, new AuditEvent(this.username, this.scopeCode, this.action, this.target,
				this.outcome, this.ip, this.detail), this.prevHash);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
