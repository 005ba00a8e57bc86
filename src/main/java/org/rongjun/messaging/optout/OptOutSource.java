package org.rongjun.messaging.optout;

/** How an opt-out came about: the person replied to an SMS, or staff recorded it. */
public enum OptOutSource {

	SMS_REPLY, STAFF

}
