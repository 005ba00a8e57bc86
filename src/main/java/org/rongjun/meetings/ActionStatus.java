package org.rongjun.meetings;

/**
 * Where a decision stands. Overdue is not a status of its own: an open item whose
 * deadline has passed (see {@link ActionItem#overdue()}).
 */
public enum ActionStatus {

	OPEN, DONE

}
