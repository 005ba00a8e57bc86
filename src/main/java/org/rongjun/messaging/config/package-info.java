/**
 * The module's configuration properties, scheduling and ShedLock wiring, and its
 * permission codes.
 */
@NullMarked
package org.rongjun.messaging.config;

import org.jspecify.annotations.NullMarked;
