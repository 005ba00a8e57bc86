package org.rongjun.registry.web;

import java.util.Locale;

import org.rongjun.shared.ProblemException;

/**
 * Query parameters naming an enum constant, case-insensitive; a wrong one is a field
 * error.
 */
final class EnumParams {

	private EnumParams() {
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField(field, "取值不正确");
		}
	}

}
