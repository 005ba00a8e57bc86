package org.rongjun.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the day, or only to the month. Bureaus' rosters write many service
 * dates as a month (入伍时间 1985.03, 1979年12月): stored with month precision, never with an
 * invented day, and shown as a month. {@link #date()} is the first day of the month for a
 * month-only date, which is what the database column holds beside the precision; compare
 * through {@link #isAfter(PartialDate)} and friends, which compare months whenever either
 * side knows only its month.
 * <p>
 * JSON and {@link #toString()}: {@code 1985-03} or {@code 1985-03-01}.
 */
public record PartialDate(LocalDate date, Precision precision) implements Comparable<PartialDate> {

	/** How much of the date is known. */
	public enum Precision {

		DAY, MONTH

	}

	public PartialDate {
		if (precision == Precision.MONTH && date.getDayOfMonth() != 1) {
			date = date.withDayOfMonth(1);
		}
	}

	public static PartialDate day(LocalDate date) {
		return new PartialDate(date, Precision.DAY);
	}

	public static PartialDate month(YearMonth month) {
		return new PartialDate(month.atDay(1), Precision.MONTH);
	}

	public static @Nullable PartialDate ofNullable(@Nullable LocalDate date, @Nullable String precision) {
		if (date == null) {
			return null;
		}
		return new PartialDate(date, "MONTH".equals(precision) ? Precision.MONTH : Precision.DAY);
	}

	/**
	 * {@code yyyy-MM} (month only) or {@code yyyy-MM-dd}, as the API and the form send
	 * it.
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	public static PartialDate parse(String text) {
		String value = text.strip();
		try {
			if (value.length() == 7 && value.charAt(4) == '-') {
				return month(YearMonth.parse(value));
			}
			return day(LocalDate.parse(value));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("日期应为 yyyy-MM-dd 或 yyyy-MM：" + value, ex);
		}
	}

	public boolean monthOnly() {
		return this.precision == Precision.MONTH;
	}

	public YearMonth yearMonth() {
		return YearMonth.from(this.date);
	}

	/**
	 * Later than {@code other}: by month when either knows only its month (1985-03 is not
	 * after 1985-03-20, nor before it), else by day.
	 */
	public boolean isAfter(PartialDate other) {
		if (monthOnly() || other.monthOnly()) {
			return yearMonth().isAfter(other.yearMonth());
		}
		return this.date.isAfter(other.date);
	}

	/** Later than a day known exactly, compared at this date's precision. */
	public boolean isAfter(LocalDate day) {
		return isAfter(day(day));
	}

	/** Earlier than a day known exactly, compared at this date's precision. */
	public boolean isBefore(LocalDate day) {
		return day(day).isAfter(this);
	}

	@Override
	public int compareTo(PartialDate other) {
		int byDate = this.date.compareTo(other.date);
		return (byDate != 0) ? byDate : this.precision.compareTo(other.precision);
	}

	@Override
	@JsonValue
	public String toString() {
		return monthOnly() ? yearMonth().toString() : this.date.toString();
	}

}
