package org.rongjun.messaging.channel;

/**
 * A way out to people: SMPP, SMTP, WeChat, the inbox. {@link #send} answers the
 * provider's message id once the provider has accepted the message, or throws
 * {@link SendFailure}; the dispatcher retries failures with backoff.
 */
public interface MessageChannel {

	Channel channel();

	String send(OutboxMessage message);

	/**
	 * Whether acceptance is already delivery (the in-app inbox), so no receipt will
	 * follow.
	 */
	default boolean acceptanceIsDelivery() {
		return false;
	}

	/**
	 * Whether sending the same message again changes nothing (the inbox keeps one row per
	 * outbox message): such a channel's outcomes may be recorded in batches, where every
	 * other channel's are recorded one by one, each before the next send.
	 */
	default boolean idempotent() {
		return false;
	}

}
