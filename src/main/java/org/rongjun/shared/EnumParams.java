package org.rongjun.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters naming an enum constant, case-insensitive; a wrong one is a field
 * error naming the parameter.
 */
public final class EnumParams {

	private EnumParams() {
	}

	public static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField(field, "取值不正确：" + value.strip());
		}
	}

	public static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field, E fallback) {
		E parsed = parse(type, value, field);
		return (parsed != null) ? parsed : fallback;
	}

}
