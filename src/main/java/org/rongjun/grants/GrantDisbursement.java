package org.rongjun.grants;

import java.time.Clock;
import java.time.LocalDate;

import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.OneOffPaymentSettled;
import org.rongjun.benefits.OneOffPayments;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands grants approved for the payment system to benefits as one-off payables and
 * records what the bank answered. Both listeners run synchronously inside the transaction
 * that published the event: an approval without its payable, or a reconciled line without
 * its grant marked paid, can never be committed.
 */
@Component
class GrantDisbursement {

	private static final String REFERENCE_PREFIX = "hardship-grant-";

	private final OneOffPayments payments;

	private final HardshipGrants grants;

	private final Clock clock;

	GrantDisbursement(OneOffPayments payments, HardshipGrants grants, Clock clock) {
		this.payments = payments;
		this.grants = grants;
		this.clock = clock;
	}

	static String reference(long grantId) {
		return REFERENCE_PREFIX + grantId;
	}

	@EventListener
	void schedule(HardshipGrantApproved approved) {
		if (approved.payout() != Payout.PAYMENT_RUN) {
			return;
		}
		this.payments.schedule(reference(approved.grantId()), BenefitType.HARDSHIP_GRANT, approved.veteranId(), null,
				approved.regionCode(), approved.amountFen(), approved.approvedOn(),
				"临时困难补助（申请#" + approved.grantId() + "）", "grants");
	}

	@EventListener
	void settle(OneOffPaymentSettled settled) {
		if (settled.benefitType() != BenefitType.HARDSHIP_GRANT || !settled.reference().startsWith(REFERENCE_PREFIX)) {
			return;
		}
		long grantId = Long.parseLong(settled.reference().substring(REFERENCE_PREFIX.length()));
		this.grants.recordPayment(grantId, settled.paid() ? PaymentResult.PAID : PaymentResult.FAILED, settled.reason(),
				LocalDate.now(this.clock), settled.reference());
	}

}
