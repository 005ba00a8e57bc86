package org.rongjun.care.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;

/**
 * Query parameters naming an enum constant, case-insensitive; a wrong one is a field
 * error.
 */
final class EnumParams {

	private EnumParams() {
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField(field, "取值不正确");
		}
	}

}
