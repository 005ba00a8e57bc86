package org.rongjun.grants;

import java.time.LocalDate;

/**
 * A hardship grant was paid; {@code offline} when staff paid it outside the payment
 * system (a payment run still holding a failed line for it drops the line).
 */
public record HardshipGrantPaid(long grantId, long veteranId, long amountFen, LocalDate paidOn, boolean offline) {
}
