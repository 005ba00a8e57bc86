package org.rongjun.calendar;

/**
 * How an official arrangement marks a day: a rest day (法定节假日 and the days joined to it)
 * or a working day on a weekend (调休上班). Days not listed follow the week.
 */
public enum DayKind {

	REST, WORK

}
