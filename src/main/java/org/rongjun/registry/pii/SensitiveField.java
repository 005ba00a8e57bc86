package org.rongjun.registry.pii;

import java.util.Arrays;

import org.rongjun.shared.ProblemException;

/** The veteran's numbers that are stored encrypted and shown masked. */
public enum SensitiveField {

	ID_NUMBER(SensitiveNumbers.ID_NUMBER), PHONE(SensitiveNumbers.PHONE), BANK_ACCOUNT(SensitiveNumbers.BANK_ACCOUNT);

	private final String field;

	SensitiveField(String field) {
		this.field = field;
	}

	/**
	 * The name used in the API ({@code idNumber}, {@code phone}, {@code bankAccount}).
	 */
	public String field() {
		return this.field;
	}

	public static SensitiveField of(String field) {
		return Arrays.stream(values())
			.filter((value) -> value.field.equals(field))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalidField("field", "只能查看 idNumber、phone 或 bankAccount"));
	}

}
