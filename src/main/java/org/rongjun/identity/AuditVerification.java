package org.rongjun.identity;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the chain: intact, or the first entry from which it no longer
 * holds.
 */
public record AuditVerification(boolean intact, long checked, @Nullable Long firstBrokenId) {
}
