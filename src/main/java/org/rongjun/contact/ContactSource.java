package org.rongjun.contact;

/** Where a history entry comes from: recorded here, or a care visit (走访慰问). */
public enum ContactSource {

	CONTACT, CARE_VISIT

}
