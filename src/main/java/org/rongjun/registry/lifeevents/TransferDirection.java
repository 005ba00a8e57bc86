package org.rongjun.registry.lifeevents;

/** Seen from the caller's scope: requests into it, or out of it. */
public enum TransferDirection {

	INCOMING, OUTGOING

}
