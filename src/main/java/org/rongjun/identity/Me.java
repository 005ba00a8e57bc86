package org.rongjun.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The logged-in user as the UI needs it: what to show, which buttons to offer, which
 * regions.
 */
public record Me(long id, String username, String displayName, List<RoleRef> roles, List<String> permissions,
		@Nullable ScopeRef scope, boolean mustChangePassword) {

	public record RoleRef(String code, String name) {
	}

	public record ScopeRef(String code, String name, String level) {
	}

}
