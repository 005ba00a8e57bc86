package org.rongjun.calendar;

/**
 * A statutory period: {@code length} calendar days ("15日", "60日": rolled forward to a
 * working day when the last day is a rest day) or working days ("5个工作日").
 */
public record Period(int length, Unit unit) {

	public enum Unit {

		DAYS, WORKING_DAYS

	}

	public Period {
		if (length < 1 || length > 366) {
			throw new IllegalArgumentException("a period is 1 to 366 days: " + length);
		}
	}

	public static Period days(int length) {
		return new Period(length, Unit.DAYS);
	}

	public static Period workingDays(int length) {
		return new Period(length, Unit.WORKING_DAYS);
	}

	/** The period lengthened by an approved extension in the same unit (Art 34). */
	public Period extendedBy(int days) {
		if (days < 0) {
			throw new IllegalArgumentException("an extension cannot be negative: " + days);
		}
		return new Period(this.length + days, this.unit);
	}

	/** "15日" or "5个工作日", for timelines and letters. */
	public String label() {
		return this.length + ((this.unit == Unit.DAYS) ? "日" : "个工作日");
	}

}
