/**
 * Duplicate person files: candidates, side-by-side comparison and the merge that retires
 * one file into another (ADR 0015), publishing
 * {@link org.rongjun.registry.VeteransMerged}.
 */
@NullMarked
package org.rongjun.registry.merge;

import org.jspecify.annotations.NullMarked;
