package org.rongjun.registry;

/**
 * Two files of the same person became one: {@code mergedId} is retired and everything
 * that hung on it (family members, beneficiary records, transfer requests, confirmation
 * items) now hangs on {@code survivorId}. Modules keyed on a veteran id move their rows
 * the same way.
 */
public record VeteransMerged(long survivorId, long mergedId) {
}
