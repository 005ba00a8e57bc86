package org.rongjun.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The principal of a logged-in session. */
public record AuthenticatedUser(long id, String username, String displayName, @Nullable String scopeCode,
		List<String> roles, Set<String> permissions, boolean mustChangePassword,
		int securityVersion) implements Serializable, AuthenticatedPrincipal {

	/**
	 * The username, so that {@code Authentication.getName()} and a controller's
	 * {@code Principal} argument name the user rather than print this record.
	 */
	@Override
	public String getName() {
		return this.username;
	}

	public RegionScope scope() {
		return (this.scopeCode != null && RegionCode.isValid(this.scopeCode))
				? RegionScope.of(RegionCode.of(this.scopeCode)) : RegionScope.none();
	}

	public Collection<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		this.permissions.forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission)));
		this.roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		return authorities;
	}

}
