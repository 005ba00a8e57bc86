package org.rongjun.benefits.payment;

import java.time.LocalDate;

/**
 * On-time figures of one region and month: payment items due, paid by the end of their
 * month, paid later, failed (no live line left), outstanding (pending).
 */
public record RegionOnTime(String regionCode, String regionName, LocalDate month, long due, long paidOnTime,
		long paidLate, long failed, long outstanding) {
}
