package org.rongjun.registry.lifeevents;

/**
 * Where a transfer request stands: waiting for the receiving side, approved or rejected.
 */
public enum TransferStatus {

	PENDING, APPROVED, REJECTED

}
