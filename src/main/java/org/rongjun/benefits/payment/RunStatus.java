package org.rongjun.benefits.payment;

/**
 * 发放批次 states: PREPARING (lines being computed; resumable) → PREPARED (to review) →
 * APPROVED (by someone other than the preparer) → EXPORTED (bank file issued) →
 * RECONCILED (bank return imported). CANCELLED frees the months of its lines.
 */
public enum RunStatus {

	PREPARING, PREPARED, APPROVED, EXPORTED, RECONCILED, CANCELLED

}
