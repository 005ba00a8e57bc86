package org.rongjun.grants;

import java.time.LocalDate;

/**
 * A hardship grant was finally approved. The payment system pays those with
 * {@code payout == PAYMENT_RUN} in a run and reports back through
 * {@link HardshipGrants#recordPayment}; {@code OFFLINE} ones are paid by staff.
 */
public record HardshipGrantApproved(long grantId, long veteranId, String regionCode, long amountFen, String grantType,
		Payout payout, LocalDate approvedOn) {
}
