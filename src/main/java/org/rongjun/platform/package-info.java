/**
 * Technical wiring only: the embedded PostgreSQL that makes the app run on a bare
 * machine, the rendering of every error as a problem detail, and serving the Vue app.
 * Nothing depends on it.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package org.rongjun.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
