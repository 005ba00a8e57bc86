package org.rongjun.benefits.payment;

/**
 * 发放批次 states: PREPARING (lines being computed; resumable) → PREPARED (to review) →
 * APPROVED (by someone other than the preparer) → EXPORTED (bank file issued) →
 * RECONCILED (bank return imported). CANCELLED (by the maker) and REJECTED (by the
 * checker, with a reason) delete the run's lines, freeing their months.
 */
public enum RunStatus {

	PREPARING, PREPARED, APPROVED, EXPORTED, RECONCILED, CANCELLED, REJECTED

}
