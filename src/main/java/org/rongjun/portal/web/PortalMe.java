package org.rongjun.portal.web;

import org.rongjun.identity.PortalPrincipal;

/** Who is signed in to the portal: the name on their file. */
record PortalMe(String name) {

	static PortalMe of(PortalPrincipal me) {
		return new PortalMe(me.displayName());
	}

}
