package org.rongjun.registry;

import org.jspecify.annotations.Nullable;

/**
 * A sign-up's proof matched this living person's file; {@code phoneMasked} is the mobile
 * number on it as the person may be told it (138****5678).
 */
public record OwnFileMatch(long veteranId, String householdRegionCode, @Nullable String phoneMasked) {
}
