/**
 * What the module's internal packages share: scope parameters for their queries, free
 * text handling, and the target rules that differ between places
 * ({@code rongjun.care.*}).
 */
@NullMarked
package org.rongjun.care.support;

import org.jspecify.annotations.NullMarked;
