package org.rongjun.shared;

/**
 * A permission code {@code module:resource:action} (RuoYi style) and its Chinese name.
 */
public record PermissionDefinition(String code, String name) {

	public PermissionDefinition {
		if (!code.matches("[a-z]+:[a-z-]+:[a-z-]+")) {
			throw new IllegalArgumentException("permission code must be module:resource:action: " + code);
		}
	}

}
