package org.rongjun.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.rongjun.shared.IdNumber;

/**
 * The one source of ID numbers for test fixtures. Every number is valid (a real birth
 * date, the right check character) and none repeats within a test run, so tests sharing
 * the one test database never collide on the registry's unique ID index.
 * <p>
 * Generated people are men (odd sequence code) issued in 嘉善县 and born 1950–1964: old
 * enough to have enlisted by 1970, and clear of the 55 and 60 age reminders around the
 * test day. Sequence codes 001–249 are {@link #idNumber()}'s and 251–499
 * {@link #idNumber(LocalDate)}'s; 500–999 belong to the roster tests' synthetic people
 * ({@code SyntheticPeople} with serial base 250).
 */
public final class IdNumbers {

	private static final String JIASHAN = "330421";

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);

	/** Days in the birth window; prime to the step of 7, so a round visits every day. */
	private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, LocalDate.of(1965, 1, 1));

	private static final AtomicInteger sequence = new AtomicInteger();

	private IdNumbers() {
	}

	/** A man born some day in 1950–1964. */
	public static String idNumber() {
		int n = sequence.getAndIncrement();
		return idNumber(JIASHAN, FIRST_BIRTH.plusDays((n * 7L) % DAYS), 1 + 2 * (n / DAYS));
	}

	/** A man born on {@code birth} (125 different numbers per day). */
	public static String idNumber(LocalDate birth) {
		return idNumber(JIASHAN, birth, 251 + 2 * (sequence.getAndIncrement() % 125));
	}

	/** Exactly this number: a county, a birth date, a sequence code (odd for a man). */
	public static String idNumber(String county, LocalDate birth, int order) {
		return withCheckCharacter(county + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(order));
	}

	/** Exactly this number, birth date as {@code yyyyMMdd}. */
	public static String idNumber(String county, String birth, int order) {
		return withCheckCharacter(county + birth + "%03d".formatted(order));
	}

	/** The first 17 characters completed by their check character (GB 11643). */
	public static String withCheckCharacter(String first17) {
		return first17 + IdNumber.checkCharFor(first17);
	}

}
