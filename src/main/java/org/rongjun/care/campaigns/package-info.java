/**
 * Festival consolation campaigns (春节, 八一): standards per target type, the target list
 * generated in one statement from the registry's published view and the garrison units,
 * completion and spend rolled up per region.
 */
@NullMarked
package org.rongjun.care.campaigns;

import org.jspecify.annotations.NullMarked;
