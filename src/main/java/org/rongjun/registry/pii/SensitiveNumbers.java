package org.rongjun.registry.pii;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.ProblemException;

/**
 * Parses, normalises and masks the numbers the registry encrypts. The normal form is what
 * the blind index is computed over, so the same number typed with spaces or dashes is
 * still found and still a duplicate.
 */
public final class SensitiveNumbers {

	public static final String ID_NUMBER = "idNumber";

	public static final String PHONE = "phone";

	public static final String BANK_ACCOUNT = "bankAccount";

	// Compiled once: an import checks two numbers per row.
	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	private static final Pattern PHONE_DIGITS = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

	private static final Pattern ACCOUNT_DIGITS = Pattern.compile("\\d{12,30}");

	private SensitiveNumbers() {
	}

	public static IdNumber idNumber(@Nullable String text, String field) {
		try {
			return IdNumber.parse(text);
		}
		catch (IdNumber.InvalidIdNumberException ex) {
			throw ProblemException.invalidField(field, "身份证号" + ex.getMessage());
		}
	}

	/** An 11-digit mobile or a fixed line with area code, digits only. */
	public static String phone(String text, String field) {
		String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		if (!PHONE_DIGITS.matcher(digits).matches()) {
			throw ProblemException.invalidField(field, "电话号码格式不正确");
		}
		return digits;
	}

	/** A bank card or passbook account number, digits only. */
	public static String bankAccount(String text, String field) {
		String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
		if (!ACCOUNT_DIGITS.matcher(digits).matches()) {
			throw ProblemException.invalidField(field, "银行账号应为12到30位数字");
		}
		return digits;
	}

	/** {@code 138****5678}. */
	public static String maskPhone(String digits) {
		return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
	}

	/** {@code 6222***********0123}. */
	public static String maskBankAccount(String digits) {
		return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
	}

	/** A phone number to store: null keeps what is stored, blank removes it. */
	public static @Nullable EncryptedNumber encryptPhone(@Nullable String phone, @Nullable EncryptedNumber stored,
			PiiCipher cipher) {
		if (phone == null) {
			return stored;
		}
		if (phone.isBlank()) {
			return null;
		}
		String digits = phone(phone, PHONE);
		return new EncryptedNumber(cipher.encrypt(PHONE, digits), cipher.blindIndex(PHONE, digits), maskPhone(digits));
	}

}
