package org.rongjun.employment.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;

/** Parameters naming an enum constant, case-insensitive; a wrong one is a field error. */
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

	static <E extends Enum<E>> E require(Class<E> type, @Nullable String value, String field, String message) {
		E parsed = parse(type, value, field);
		if (parsed == null) {
			throw ProblemException.invalidField(field, message);
		}
		return parsed;
	}

}
