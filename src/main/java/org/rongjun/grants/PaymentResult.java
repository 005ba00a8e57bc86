package org.rongjun.grants;

/** What the payment system reports for a grant's payment line. */
public enum PaymentResult {

	PAID, FAILED

}
