package org.rongjun.registry.roster;

/**
 * Text as bureaus type it, made comparable: full-width digits, letters and punctuation
 * (Chinese input methods produce them) as their ASCII forms, and the spaces and dashes
 * people put inside numbers. Names and addresses are kept as written; these are for
 * numbers, codes, dates, dictionary values and headings.
 */
final class RosterText {

	private RosterText() {
	}

	/**
	 * Full-width ASCII (U+FF01–U+FF5E) to ASCII, the ideographic space to a space,
	 * trimmed.
	 */
	static String halfWidth(String text) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if ((c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000') {
				break;
			}
			i++;
		}
		if (i == length) {
			return text.strip();
		}
		StringBuilder out = new StringBuilder(length);
		out.append(text, 0, i);
		for (; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

	/**
	 * Digits and letters of a number as typed with separators: full-width forms made
	 * ASCII, spaces (also non-breaking) and dashes (ASCII, en, em, minus, full-width)
	 * between groups removed. {@code ３３０４ ２１-１９８０…} reads as {@code 330421 1980…}.
	 */
	static String compactNumber(String text) {
		String half = halfWidth(text);
		StringBuilder out = new StringBuilder(half.length());
		for (int i = 0; i < half.length(); i++) {
			char c = half.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0' || c == '-' || c == '\u2013' || c == '\u2014'
					|| c == '\u2212' || c == '_') {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * A heading as the heading table stores it: half-width, without white space (line
	 * breaks inside a cell included), asterisks marking required columns, notes in
	 * brackets (身份证号码（18位）, 入伍时间(年月)) and a trailing colon.
	 */
	static String heading(String text) {
		String half = halfWidth(text);
		StringBuilder out = new StringBuilder(half.length());
		int depth = 0;
		for (int i = 0; i < half.length(); i++) {
			char c = half.charAt(i);
			if (c == '(' || c == '[' || c == '【' || c == '〔' || c == '{') {
				depth++;
				continue;
			}
			if (c == ')' || c == ']' || c == '】' || c == '〕' || c == '}') {
				depth = Math.max(0, depth - 1);
				continue;
			}
			if (depth > 0 || Character.isWhitespace(c) || c == '*' || c == '※') {
				continue;
			}
			out.append(c);
		}
		while (out.length() > 0 && (out.charAt(out.length() - 1) == ':' || out.charAt(out.length() - 1) == '：')) {
			out.setLength(out.length() - 1);
		}
		return out.toString();
	}

	/** A dictionary value or code as compared: half-width, without any white space. */
	static String value(String text) {
		String half = halfWidth(text);
		if (half.indexOf(' ') < 0 && half.indexOf('\t') < 0) {
			return half;
		}
		return half.replaceAll("\\s+", "");
	}

	/**
	 * Free text to keep (a remark, an address, a column we have no field for) with any
	 * run of eleven or more digits masked: such a run is a phone, ID or account number,
	 * which is never stored in clear (ADR 0007), whichever column a bureau typed it in.
	 */
	static String maskNumbers(String text) {
		int run = 0;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean digit = (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19') || c == 'X' || c == 'x';
			run = digit ? run + 1 : 0;
			if (run >= 11) {
				any = true;
				break;
			}
		}
		if (!any) {
			return text;
		}
		java.util.regex.Matcher matcher = LONG_NUMBER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String number = matcher.group();
			matcher.appendReplacement(out,
					number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static final java.util.regex.Pattern LONG_NUMBER = java.util.regex.Pattern
		.compile("[0-9\uFF10-\uFF19]{10,}[0-9\uFF10-\uFF19Xx]");

}
