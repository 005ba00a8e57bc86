package org.rongjun.grants;

import org.rongjun.shared.RegionScope;

/** Who decides: their username and data scope, which fixes the level they review at. */
public record Reviewer(String username, RegionScope scope) {
}
