package org.rongjun.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's limits (ADR 0043): a code lives {@code codeTtl} and dies after
 * {@code codeAttempts} wrong tries; a file gets at most one code per {@code codeSpacing}
 * and {@code codesPerFilePerDay} a day; a source address asks at most
 * {@code codesPerSourcePerHour} times an hour; {@code loginFailures} failed sign-ins of
 * an account from one address within {@code loginWindow}, or
 * {@code loginFailuresPerSource} from one address over all accounts, pause sign-ins for
 * the rest of the window.
 */
@ConfigurationProperties("rongjun.portal")
record PortalLimits(@DefaultValue("PT5M") Duration codeTtl, @DefaultValue("5") int codeAttempts,
		@DefaultValue("PT1M") Duration codeSpacing, @DefaultValue("5") int codesPerFilePerDay,
		@DefaultValue("20") int codesPerSourcePerHour, @DefaultValue("5") int loginFailures,
		@DefaultValue("30") int loginFailuresPerSource, @DefaultValue("PT15M") Duration loginWindow) {
}
