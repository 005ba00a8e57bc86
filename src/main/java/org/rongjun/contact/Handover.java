package org.rongjun.contact;

/**
 * What a handover did: {@code moved} people went to the new liaison, {@code left} stayed
 * without one because they live outside the area the new liaison serves.
 */
public record Handover(long moved, long left) {
}
