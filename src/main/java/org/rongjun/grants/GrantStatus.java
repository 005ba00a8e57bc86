package org.rongjun.grants;

/**
 * Where an application stands. {@code RETURNED} waits for the submitter to complete it;
 * {@code APPROVED} waits for payment; {@code PAYMENT_FAILED} may be paid again or
 * offline.
 */
public enum GrantStatus {

	UNDER_REVIEW, RETURNED, APPROVED, REJECTED, PAID, PAYMENT_FAILED

}
