package org.rongjun.benefits.payment;

/**
 * A beneficiary receiving the run's benefit in its region who has no line for the run's
 * first month, with what the standard is chosen by: usually no approved standard matches
 * that key (e.g. a county with only urban and rural standards and a record whose 户籍类别 was
 * never entered).
 */
public record UnpaidBeneficiary(long beneficiaryId, long veteranId, String personName, String regionCode,
		String category, int disabilityGrade, String disabilityCause, String householdType, boolean lonelyElderly) {
}
