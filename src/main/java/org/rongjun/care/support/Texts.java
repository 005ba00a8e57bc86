package org.rongjun.care.support;

import org.jspecify.annotations.Nullable;

/** Free text as the module stores it: stripped, and nothing rather than blanks. */
public final class Texts {

	private Texts() {
	}

	public static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
