package org.rongjun.registry;

/**
 * How many living people a selection finds, and how many of them have a phone on file.
 */
public record ContactCount(long people, long withPhone) {
}
