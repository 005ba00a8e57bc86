package org.rongjun.calendar;

/**
 * A year's arrangement was loaded, replaced or removed: deadlines counted through that
 * year may move, and provisional ones may become firm.
 */
public record CalendarYearChanged(int year) {
}
