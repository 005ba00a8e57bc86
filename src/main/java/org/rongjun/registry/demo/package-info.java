/**
 * Demo data for the embedded database: a county of made-up veterans imported through the
 * real roster import, and some beneficiaries receiving benefits. Never runs on real data.
 */
@NullMarked
package org.rongjun.registry.demo;

import org.jspecify.annotations.NullMarked;
