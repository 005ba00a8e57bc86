package org.rongjun.grants;

import java.time.LocalDate;

/**
 * A hardship grant was paid; {@code offline} when staff paid it outside the payment
 * system (its failed payable is withdrawn from benefits first, so no follow-up run pays
 * it).
 */
public record HardshipGrantPaid(long grantId, long veteranId, long amountFen, LocalDate paidOn, boolean offline) {
}
