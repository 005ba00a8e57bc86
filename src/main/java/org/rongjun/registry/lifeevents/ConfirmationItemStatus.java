package org.rongjun.registry.lifeevents;

/** Computed from the confirmation and the campaign's deadline, never stored. */
public enum ConfirmationItemStatus {

	PENDING, CONFIRMED, OVERDUE

}
