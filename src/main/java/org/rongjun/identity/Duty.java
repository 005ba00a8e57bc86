package org.rongjun.identity;

import org.jspecify.annotations.Nullable;

/**
 * Whose work a permission is (三员分立, ADR 0019): one of the three administrator kinds, or
 * business work on people, money and records. Each permission lists the duties whose
 * roles may carry it.
 */
public enum Duty {

	SYSTEM, SECURITY, AUDIT, BUSINESS;

	/** The duty of a role of the given administrator kind; no kind is business. */
	static Duty of(@Nullable AdminKind kind) {
		return (kind == null) ? BUSINESS : valueOf(kind.name());
	}

}
