package org.rongjun.benefits.standard;

/** A standard takes effect only when APPROVED by someone other than its author. */
public enum StandardStatus {

	DRAFT, APPROVED, REJECTED

}
