package org.rongjun.organization;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.RegionLevel;

/** A region as it comes from a code table file, before it is merged into the tree. */
public record RegionRow(String code, String name, RegionLevel level, @Nullable String parentCode) {
}
