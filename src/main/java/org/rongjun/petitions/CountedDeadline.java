package org.rongjun.petitions;

import java.time.LocalDate;

/** A clock's deadline as counted on the calendar, with the day its warning starts. */
record CountedDeadline(LocalDate due, LocalDate warnFrom, boolean provisional, int pausedDays) {
}
