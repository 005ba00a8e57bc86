package org.rongjun.grants;

/** What a recorded decision did to the application. */
public enum ReviewOutcome {

	APPROVED, FORWARDED, RETURNED, REJECTED

}
