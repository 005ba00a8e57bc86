package org.rongjun.identity;

import org.jspecify.annotations.Nullable;

/**
 * Something to write to the audit log: who (and their scope), what, on what, how it
 * ended, from where.
 */
public record AuditEvent(@Nullable String username, @Nullable String scopeCode, String action, @Nullable String target,
		AuditOutcome outcome, @Nullable String ip, @Nullable String detail) {
}
