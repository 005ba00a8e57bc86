package org.rongjun.benefits.payment;

import java.time.LocalDate;

import org.rongjun.benefits.BenefitType;

/**
 * 追缴: what was paid for months after a death beyond the 丧葬补助 months (抚恤条例 Art 58), OPEN
 * until recovered or waived.
 */
public record Overpayment(long id, long beneficiaryId, BenefitType benefitType, long veteranId, String regionCode,
		LocalDate firstMonth, LocalDate lastMonth, long amountFen, String reason, String status) {
}
