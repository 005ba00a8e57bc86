package org.rongjun.messaging.outbox;

/** Where one outbox message stands. */
public enum MessageStatus {

	PENDING, SENDING, SENT, DELIVERED, FAILED, SKIPPED_OPTED_OUT, SKIPPED_NO_ADDRESS

}
