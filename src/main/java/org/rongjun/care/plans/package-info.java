/**
 * Visit plans: a cadence per target group, the people materialised from the registry's
 * published view {@code registry.veteran_profile} (ADR 0012), and the countdown board of
 * who is due; kept current on the registry's death and transfer events. Also the module's
 * open work on the workbench.
 */
@NullMarked
package org.rongjun.care.plans;

import org.jspecify.annotations.NullMarked;
