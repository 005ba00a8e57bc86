package org.rongjun.identity;

import org.jspecify.annotations.Nullable;

/**
 * Something to write to the audit log: who (and their scope), what kind of event
 * ({@code action}: LOGIN, WRITE, EXPORT, …), what was done in words ({@code operation},
 * e.g. 下载银行发放文件) to which object (e.g. 发放批次 #12), the raw request ({@code target}), how
 * it ended, from where.
 */
public record AuditEvent(@Nullable String username, @Nullable String scopeCode, String action,
		@Nullable String operation, @Nullable String object, @Nullable String target, AuditOutcome outcome,
		@Nullable String ip, @Nullable String detail) {

	/** An event without an operation name or object (logins, lockouts). */
	public AuditEvent(@Nullable String username, @Nullable String scopeCode, String action, @Nullable String target,
			AuditOutcome outcome, @Nullable String ip, @Nullable String detail) {
		this(username, scopeCode, action, null, null, target, outcome, ip, detail);
	}

}
