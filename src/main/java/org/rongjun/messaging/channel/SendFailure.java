package org.rongjun.messaging.channel;

/** A channel could not hand a message over; the reason is recorded as last_error. */
public class SendFailure extends RuntimeException {

	public SendFailure(String reason) {
		super(reason);
	}

	public SendFailure(String reason, Throwable cause) {
		super(reason, cause);
	}

}
