package org.rongjun.messaging.channel;

/** A claimed outbox message, ready to hand to its channel. */
public record OutboxMessage(long id, long campaignId, String recipientKey, Channel channel, String name, String address,
		String title, String text, int attempts) {
}
