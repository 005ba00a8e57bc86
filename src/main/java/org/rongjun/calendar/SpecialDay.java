package org.rongjun.calendar;

import java.time.LocalDate;

/**
 * One day an arrangement lists: {@code 2026-02-16 REST 春节}, {@code 2026-02-14 WORK 春节}.
 */
public record SpecialDay(LocalDate day, DayKind kind, String name) {
}
