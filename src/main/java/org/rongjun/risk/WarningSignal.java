package org.rongjun.risk;

import java.time.LocalDate;

/**
 * A signal that a person may be at risk, from another module: {@code kind} a stable code
 * (e.g. {@code GRANT_REJECTED}), {@code label} its Chinese name on the triage list,
 * {@code detail} what happened, {@code sourceRef} what it is about (e.g.
 * {@code grant:42}), so the same signal is recorded once.
 */
public record WarningSignal(String kind, String label, long veteranId, LocalDate occurredOn, String detail,
		String sourceRef) {

	public WarningSignal {
		if (!kind.matches("^[A-Z][A-Z_]{1,39}$")) {
			throw new IllegalArgumentException("A warning kind is an upper-case code: " + kind);
		}
		detail = (detail.length() > 1000) ? detail.substring(0, 1000) : detail;
	}

}
