package org.rongjun.messaging.outbox;

/**
 * What an enqueue did: people offered, messages added to the outbox (to send, or skipped
 * because the person opted out of that channel), and messages that were already there.
 */
public record EnqueueResult(long recipients, long added, long skippedOptedOut, long alreadyQueued) {
}
