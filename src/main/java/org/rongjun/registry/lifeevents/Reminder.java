package org.rongjun.registry.lifeevents;

import java.time.LocalDate;

/**
 * One item of the reminder work queue: {@code person} reaches the kind's age on
 * {@code thresholdDate}; {@code daysLeft} is negative once that day has passed.
 */
public record Reminder(ReminderKind kind, String camCode, String label, ReminderKind.PersonType personType,
		long personId, long veteranId, String name, LocalDate birthDate, String regionCode, LocalDate thresholdDate,
		long daysLeft) {
}
