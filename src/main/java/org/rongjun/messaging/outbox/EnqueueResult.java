package org.rongjun.messaging.outbox;

/**
 * What an enqueue did: people offered; messages added to the outbox to be sent; messages
 * recorded as skipped because the person opted out of the channel or has no address on it
 * (no phone, no account…); and messages that were already there (nothing is queued
 * twice).
 */
public record EnqueueResult(long recipients, long added, long skippedOptedOut, long skippedNoAddress,
		long alreadyQueued) {
}
