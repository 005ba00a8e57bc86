/**
 * The self-service portal (自助服务) for veterans (ADR 0043): accounts of their own, separate
 * from staff accounts, opened by proving who one is (ID number, name and the mobile
 * number on file, confirmed by a one-time code texted to that number), signed in with a
 * password, throttled and audited; and the person's own file, household and payments,
 * read through the registry's {@link org.rongjun.registry.OwnFiles} and benefits' payment
 * history with the file id taken from the session, never from a request. Nobody depends
 * on it.
 */
@ApplicationModule(displayName = "Portal 自助服务",
		allowedDependencies = { "registry", "benefits::history", "benefits", "identity", "organization", "shared" })
@NullMarked
package org.rongjun.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
