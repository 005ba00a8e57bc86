package org.rongjun.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A user account as administrators see it (never with its password hash). */
public record UserAccount(long id, String username, String displayName, @Nullable String scopeCode, String scopeName,
		List<String> roles, boolean enabled, boolean locked, boolean mustChangePassword,
		@Nullable Instant lastLoginAt) {
}
