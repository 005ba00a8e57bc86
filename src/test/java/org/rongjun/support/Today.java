package org.rongjun.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The day the tests live on. It is fixed, so that no test passes or fails by the calendar
 * date the build happens to run on; {@code -Drongjun.test.today=2028-02-29} moves it, and
 * the build runs the {@link CalendarSensitive} tests again on the days where calendars
 * break (pom.xml: 31 December, 1 January, 29 February).
 */
public final class Today {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * 2026-06-15 is a Monday in the middle of a year: no month, year or leap-day edge
	 * near it.
	 */
	public static final LocalDate TODAY = LocalDate.parse(System.getProperty("rongjun.test.today", "2026-06-15"));

	/**
	 * The application's clock in tests: it starts at ten in the morning of {@link #TODAY}
	 * in China (a test that runs for an hour still sees the same day) and ticks from
	 * there, so timeouts and ordering still work. Tests that speak of "now" use it too.
	 */
	public static final Clock CLOCK = Clock.offset(Clock.system(CHINA),
			Duration.between(Instant.now(), ZonedDateTime.of(TODAY, LocalTime.of(10, 0), CHINA).toInstant()));

	private Today() {
	}

}
