package org.rongjun.messaging.channel;

import java.time.Duration;

/**
 * The channel cannot take any message right now (the SMSC refuses the bind, the network
 * is down). Unlike a {@link SendFailure} of one message, this costs no attempt: the rest
 * of the batch goes back to the queue for {@code pause}, so an outage of the provider
 * delays a campaign instead of failing it.
 */
public class ChannelUnavailable extends SendFailure {

	private final Duration pause;

	public ChannelUnavailable(String reason, Duration pause, Throwable cause) {
		super(reason, cause);
		this.pause = pause;
	}

	public Duration pause() {
		return this.pause;
	}

}
