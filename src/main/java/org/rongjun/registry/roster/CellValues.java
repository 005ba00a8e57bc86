package org.rongjun.registry.roster;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.rongjun.registry.DisabilityCause;
import org.rongjun.shared.Gender;
import org.rongjun.shared.spreadsheet.SheetRow.CellKind;

/**
 * The small readings of a roster cell: whether a number was damaged by Excel, yes/no,
 * gender, disability grade and cause as bureaus write them.
 */
final class CellValues {

	/**
	 * {@code 3.30421E+17}: what Excel shows, and a CSV saved from it holds, for a long
	 * number.
	 */
	private static final Pattern EXPONENT = Pattern.compile("[0-9](\\.[0-9]+)?[Ee][+]?[0-9]+");

	private static final String NUMERALS = "一二三四五六七八九十";

	private CellValues() {
	}

	/**
	 * Whether Excel has damaged this number: it keeps 15 significant digits of a number
	 * cell, so an 18-digit ID or a 19-digit card stored as a number lost its last digits
	 * (and reads as zeros or an exponent). A number cell of up to 15 digits is exact.
	 */
	static boolean damaged(String text, CellKind kind) {
		String compact = RosterText.halfWidth(text);
		if (EXPONENT.matcher(compact).matches()) {
			return true;
		}
		if (kind != CellKind.NUMBER) {
			return false;
		}
		int digits = 0;
		for (int i = 0; i < compact.length(); i++) {
			if (Character.isDigit(compact.charAt(i))) {
				digits++;
			}
		}
		return digits > 15;
	}

	/** The cause and the fix, for a damaged number in the column named {@code what}. */
	static String damagedMessage(String what, String shown) {
		return "Excel 把此列存成了数字（读到“" + shown + "”），数字只保留15位有效数字，" + what + "后几位已丢失，不能导入：请把该列设置为“文本”格式后重新录入" + what;
	}

	/**
	 * Digits after the 15th all zero: what an 18-digit or longer number looks like after
	 * Excel rounded it and someone turned it back into text. A real number can look so
	 * too, so it is imported and listed for review, not refused.
	 */
	static boolean roundedTail(String digits) {
		if (digits.length() <= 15) {
			return false;
		}
		for (int i = 15; i < digits.length(); i++) {
			if (digits.charAt(i) != '0') {
				return false;
			}
		}
		return true;
	}

	static @Nullable Boolean yesNo(String text) {
		return switch (RosterText.value(text)) {
			case "是", "Y", "y", "1", "true", "TRUE", "√", "有", "困难" -> true;
			case "否", "N", "n", "0", "false", "FALSE", "×", "无", "不困难" -> false;
			default -> null;
		};
	}

	static @Nullable Gender gender(String text) {
		return switch (RosterText.value(text)) {
			case "男", "男性", "M", "m", "1" -> Gender.MALE;
			case "女", "女性", "F", "f", "2" -> Gender.FEMALE;
			default -> null;
		};
	}

	/**
	 * 一级 … 十级, 1级, 1 … 10, also with the cause before it (因战七级), which {@link #cause}
	 * then reads from the same text.
	 */
	static @Nullable Integer grade(String text) {
		String value = RosterText.value(text).replace("伤残", "").replace("残疾", "");
		for (String cause : new String[] { "因战", "因公", "因病" }) {
			value = value.replace(cause, "");
		}
		if (value.endsWith("级")) {
			value = value.substring(0, value.length() - 1);
		}
		if (value.matches("[0-9]{1,2}")) {
			int grade = Integer.parseInt(value);
			return (grade >= 1 && grade <= 10) ? grade : null;
		}
		if (value.length() == 1 && NUMERALS.indexOf(value.charAt(0)) >= 0) {
			return NUMERALS.indexOf(value.charAt(0)) + 1;
		}
		return null;
	}

	/** 因战 (战), 因公 (公), 因病 (病), also inside a grade such as 因公五级. */
	static @Nullable DisabilityCause cause(String text) {
		String value = RosterText.value(text);
		if (value.equals("战") || value.contains("因战")) {
			return DisabilityCause.COMBAT;
		}
		if (value.equals("公") || value.contains("因公")) {
			return DisabilityCause.DUTY;
		}
		if (value.equals("病") || value.contains("因病")) {
			return DisabilityCause.ILLNESS;
		}
		return null;
	}

}
