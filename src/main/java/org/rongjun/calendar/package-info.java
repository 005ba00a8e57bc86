/**
 * The working-day calendar (工作日历) as data: weekends, the State Council's 法定节假日 and 调休
 * working days per year (loaded by migration for 2025 and 2026, added by an administrator
 * or a file for later years), and the clock library other modules count statutory periods
 * with: periods in days that start the day after the event and end on the next working
 * day when their last day is a rest day (民法典 Art 201, 203), periods in working days,
 * paused time and extensions. A deadline that falls in, or counts across, a year without
 * an arrangement is computed on weekends alone and flagged as provisional.
 * {@link org.rongjun.calendar.CalendarYearChanged} tells modules that keep deadlines to
 * count them again.
 */
@ApplicationModule(displayName = "Calendar 工作日历", allowedDependencies = { "workbench", "shared" })
@NullMarked
package org.rongjun.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
