package org.rongjun.grants;

import java.time.Clock;
import java.time.LocalDate;

import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.OneOffPaymentSettled;
import org.rongjun.benefits.OneOffPayments;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands grants approved for the payment system to benefits as one-off payables and
 * records what the bank answered (ADR 0022).
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

	/**
	 * The one synchronous listener: it runs inside the reviewer's transaction, because
	 * the payable is part of the approval (grants' own event, calling the benefits API it
	 * depends on). An approval without its payable can never be committed, and should
	 * benefits refuse the payable the reviewer sees why and nothing is approved.
	 */
	@EventListener
	void schedule(HardshipGrantApproved approved) {
		if (approved.payout() != Payout.PAYMENT_RUN) {
			return;
		}
		this.payments.schedule(reference(approved.grantId()), BenefitType.HARDSHIP_GRANT, approved.veteranId(), null,
				approved.regionCode(), approved.amountFen(), approved.approvedOn(),
				"临时困难补助（申请#" + approved.grantId() + "）", "grants");
	}

	/**
	 * After benefits committed the reconciliation, in a transaction of its own: a problem
	 * in grants never rolls back what the bank answered, and the event, stored with the
	 * reconciliation, reaches the grant after a restart. A repeated report changes
	 * nothing ({@link HardshipGrants#recordPayment}).
	 */
	@ApplicationModuleListener(id = "grants.disbursement.payment-settled")
	void settle(OneOffPaymentSettled settled) {
		if (settled.benefitType() != BenefitType.HARDSHIP_GRANT || !settled.reference().startsWith(REFERENCE_PREFIX)) {
			return;
		}
		long grantId = Long.parseLong(settled.reference().substring(REFERENCE_PREFIX.length()));
		this.grants.recordPayment(grantId, settled.paid() ? PaymentResult.PAID : PaymentResult.FAILED, settled.reason(),
				LocalDate.now(this.clock), settled.reference());
	}

}
