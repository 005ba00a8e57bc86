package org.rongjun.workbench;

import java.util.Set;

import org.rongjun.shared.RegionScope;

/** The signed-in user whose to-dos are counted. */
public record Worker(String username, RegionScope scope, Set<String> permissions) {

	public Worker {
		permissions = Set.copyOf(permissions);
	}

	public boolean may(String permission) {
		return this.permissions.contains(permission);
	}

}
