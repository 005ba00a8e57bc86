package org.rongjun.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a self-service portal session: a veteran signed in to their own file
 * (ADR 0043). It is not a staff {@link AuthenticatedUser}: it carries no role, no
 * permission code and no region scope, only {@link #AUTHORITY}, and the security filter
 * chain lets it reach {@code /api/portal/**} and nothing else, while staff sessions are
 * refused there. The file id comes from the session, never from a request.
 */
public record PortalPrincipal(long accountId, long veteranId, String displayName, String householdRegionCode,
		int securityVersion) implements Serializable, AuthenticatedPrincipal {

	/** The one authority of a portal session; no staff role holds it. */
	public static final String AUTHORITY = "portal:self";

	/** How the audit log names the account: never the ID number. */
	@Override
	public String getName() {
		return "portal:" + this.accountId;
	}

	public Collection<GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority(AUTHORITY));
	}

}
