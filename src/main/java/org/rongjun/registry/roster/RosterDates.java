package org.rongjun.registry.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PartialDate;
import org.rongjun.shared.spreadsheet.SheetRow.CellKind;

/**
 * Dates as bureaus write them: {@code 2003-12-01}, {@code 2003/12/1}, {@code 2003.12.1},
 * {@code 2003年12月1日}, {@code 20031201}, and months alone: {@code 1985.03},
 * {@code 1985.3}, {@code 1979年12月}, {@code 1984-10}, {@code 198503}; Excel date cells in
 * any format, a year-and-month format giving a month. A month stays a month: no day is
 * invented.
 */
final class RosterDates {

	static final String EXAMPLES = "可写 2003-12-01、2003.12、2003年12月 或 200312";

	private RosterDates() {
	}

	/**
	 * The date a cell holds.
	 * @throws IllegalArgumentException with the reason for the person, when it is not a
	 * date
	 */
	static PartialDate parse(String text, CellKind kind) {
		if (kind == CellKind.DATE) {
			return PartialDate.day(LocalDate.parse(text));
		}
		if (kind == CellKind.MONTH) {
			return PartialDate.month(YearMonth.parse(text));
		}
		PartialDate date = parseText(RosterText.halfWidth(text));
		if (date == null) {
			throw new IllegalArgumentException("日期“" + text + "”无法识别（" + EXAMPLES + "）");
		}
		return date;
	}

	/**
	 * Digit groups separated by - / . 年 月 日 or spaces; a time after the date is ignored.
	 */
	private static @Nullable PartialDate parseText(String text) {
		int[] groups = new int[3];
		int[] widths = new int[3];
		int count = 0;
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				if (count == 3) {
					return null;
				}
				int start = i;
				int value = 0;
				while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
					if (i - start >= 8) {
						return null;
					}
					value = value * 10 + (text.charAt(i) - '0');
					i++;
				}
				groups[count] = value;
				widths[count] = i - start;
				count++;
			}
			else if (c == '-' || c == '/' || c == '.' || c == '年' || c == '月' || c == '日' || c == '号' || c == ' ') {
				i++;
			}
			else if ((c == 'T' || c == ':') && count == 3) {
				break;
			}
			else {
				return null;
			}
			if (count == 3 && i < length && text.charAt(i) == ' ') {
				break;
			}
		}
		try {
			if (count == 1 && widths[0] == 8) {
				return PartialDate.day(LocalDate.of(groups[0] / 10000, (groups[0] / 100) % 100, groups[0] % 100));
			}
			if (count == 1 && widths[0] == 6) {
				return month(groups[0] / 100, groups[0] % 100);
			}
			if (count == 2 && widths[0] == 4 && widths[1] <= 2) {
				return month(groups[0], groups[1]);
			}
			if (count == 3 && widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2) {
				return plausible(PartialDate.day(LocalDate.of(groups[0], groups[1], groups[2])));
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

	private static @Nullable PartialDate month(int year, int month) {
		if (month < 1 || month > 12) {
			return null;
		}
		return plausible(PartialDate.month(YearMonth.of(year, month)));
	}

	/** A year outside 1900–2100 is a typing or reading error, not a date of service. */
	private static @Nullable PartialDate plausible(PartialDate date) {
		int year = date.date().getYear();
		return (year >= 1900 && year <= 2100) ? date : null;
	}

}
