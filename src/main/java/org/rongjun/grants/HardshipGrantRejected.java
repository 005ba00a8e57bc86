package org.rongjun.grants;

import java.time.LocalDate;

/** A hardship grant application was rejected, with the reason the applicant is told. */
public record HardshipGrantRejected(long grantId, long veteranId, String regionCode, String reason,
		LocalDate rejectedOn) {
}
