package org.rongjun.registry;

import org.jspecify.annotations.Nullable;

/**
 * A beneficiary record changed status, e.g. to 停发 (suspended), 中止 (paused) or 取消
 * (cancelled): the person stops receiving that benefit. Risk screening takes a stop as an
 * early warning.
 */
public record BeneficiaryStatusChanged(long beneficiaryId, long veteranId, @Nullable Long familyMemberId,
		String personName, String category, BeneficiaryStatus from, BeneficiaryStatus to, @Nullable String reason) {

	/** The person no longer receives this benefit (停发, 中止, 取消). */
	public boolean stopsPayment() {
		return this.from == BeneficiaryStatus.RECEIVING && (this.to == BeneficiaryStatus.SUSPENDED
				|| this.to == BeneficiaryStatus.PAUSED || this.to == BeneficiaryStatus.CANCELLED);
	}

}
