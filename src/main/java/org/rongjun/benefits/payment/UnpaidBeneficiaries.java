package org.rongjun.benefits.payment;

import java.util.List;

/** How many beneficiaries a run leaves unpaid, and the first of them by id. */
public record UnpaidBeneficiaries(long count, List<UnpaidBeneficiary> first) {
}
