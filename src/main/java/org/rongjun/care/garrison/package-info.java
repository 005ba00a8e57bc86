/**
 * Garrison units (驻地部队) in a region, visited in festival campaigns.
 */
@NullMarked
package org.rongjun.care.garrison;

import org.jspecify.annotations.NullMarked;
