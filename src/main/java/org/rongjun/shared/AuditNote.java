package org.rongjun.shared;

/**
 * A request attribute a module sets to add a short, non-personal note to the audit entry
 * of the current request (e.g. which field of a person was revealed). The audit log never
 * records request bodies, so this is how "what" reaches it.
 */
public final class AuditNote {

	public static final String ATTRIBUTE = "org.rongjun.audit.note";

	private AuditNote() {
	}

}
