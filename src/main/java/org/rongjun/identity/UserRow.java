package org.rongjun.identity;

import org.jspecify.annotations.Nullable;

/** A user account as stored, for login and administration inside this module. */
record UserRow(long id, String username, String displayName, String passwordHash, @Nullable String scopeCode,
		boolean enabled, boolean mustChangePassword, int securityVersion) {
}
