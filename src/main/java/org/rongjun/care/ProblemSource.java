package org.rongjun.care;

/**
 * Where a problem was heard: on a visit (走访慰问) or on a contact recorded by the contact
 * module (常态化联系).
 */
public enum ProblemSource {

	VISIT, CONTACT

}
