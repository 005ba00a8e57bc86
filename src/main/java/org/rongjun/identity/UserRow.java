package org.rongjun.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A user account as stored, for login and administration inside this module. */
record UserRow(long id, String username, String displayName, String passwordHash, @Nullable String scopeCode,
		boolean enabled, int failedAttempts, @Nullable Instant lockedUntil, boolean mustChangePassword,
		int securityVersion) {

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
