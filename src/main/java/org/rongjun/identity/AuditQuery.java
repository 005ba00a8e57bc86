package org.rongjun.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record AuditQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String username,
		@Nullable String action, @Nullable AuditOutcome outcome) {
}
