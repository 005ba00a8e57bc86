package org.rongjun.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A resident ID number (公民身份号码) per GB 11643-1999: a 6-digit address code (GB/T 2260), an
 * 8-digit birth date, a 3-digit sequence whose last digit is odd for men, and an ISO 7064
 * MOD 11-2 check character. Legacy 15-digit numbers (GB 11643-1989, no century, no check
 * character) still appear in old 优抚 files and are converted to 18 on parsing.
 * <p>
 * The value is always the normalised 18-character form with an upper-case X. Never log it
 * or put it in a message: it is personal information that 居民身份证法 Art 19 and 个人信息保护法 Art
 * 28 protect; show {@link #masked()} instead.
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	/**
	 * First two digits of the GB/T 2260 codes of the provinces, autonomous regions,
	 * municipalities, Taiwan (71), Hong Kong (81) and Macao (82).
	 */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public IdNumber {
		String problem = problemWith(value, LocalDate.now(CHINA));
		if (problem != null) {
			throw new InvalidIdNumberException(problem);
		}
	}

	/**
	 * Parses what a user typed: trims, accepts a lower-case x and converts a 15-digit
	 * number to 18 digits.
	 * @throws InvalidIdNumberException with a Chinese reason for the user
	 */
	public static IdNumber parse(@Nullable String text) {
		return new IdNumber(normalise(text));
	}

	/** Whether {@code text} parses; the reason is dropped. */
	public static boolean isValid(@Nullable String text) {
		try {
			parse(text);
			return true;
		}
		catch (InvalidIdNumberException ex) {
			return false;
		}
	}

	/** The check character for the first 17 digits (ISO 7064:1983 MOD 11-2). */
	public static char checkCharFor(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS[sum % 11];
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(this.value.substring(6, 10)),
				Integer.parseInt(this.value.substring(10, 12)), Integer.parseInt(this.value.substring(12, 14)));
	}

	public Gender gender() {
		return ((this.value.charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
	}

	/**
	 * The 6-digit address code of the place of registration at issue (not a residence).
	 */
	public String regionPrefix() {
		return this.value.substring(0, 6);
	}

	/** {@code 3304**********1234}: enough for staff to tell people apart, no more. */
	public String masked() {
		return this.value.substring(0, 4) + "*".repeat(10) + this.value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}

	static String normalise(@Nullable String text) {
		String trimmed = (text != null) ? text.strip().toUpperCase(java.util.Locale.ROOT) : "";
		if (trimmed.length() == 15 && trimmed.chars().allMatch(Character::isDigit)) {
			// GB 11643-1989 numbers have a two-digit year; all of them were issued to
			// people born in the 1900s.
			String first17 = trimmed.substring(0, 6) + "19" + trimmed.substring(6);
			return first17 + checkCharFor(first17);
		}
		return trimmed;
	}

	static @Nullable String problemWith(@Nullable String value, LocalDate today) {
		if (value == null || value.length() != 18) {
			return "长度应为18位";
		}
		if (!value.substring(0, 17).chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return "前17位应为数字";
		}
		char last = value.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			return "末位应为数字或X";
		}
		if (!PROVINCES.contains(value.substring(0, 2))) {
			return "地址码无效";
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return "出生日期无效";
		}
		if (birth.isAfter(today) || birth.getYear() < 1850) {
			return "出生日期无效";
		}
		if (checkCharFor(value) != last) {
			return "校验码错误";
		}
		return null;
	}

	/** A number that is not a valid GB 11643 ID number; the message is for the user. */
	public static class InvalidIdNumberException extends IllegalArgumentException {

		InvalidIdNumberException(String reason) {
			super(reason);
		}

	}

}
