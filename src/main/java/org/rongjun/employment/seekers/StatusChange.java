package org.rongjun.employment.seekers;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One dated entry of a profile's status history; {@code source} REFERRAL for a hire. */
public record StatusChange(long id, EmploymentStatus status, LocalDate since, @Nullable String employerName,
		String source, @Nullable String note, String recordedBy, OffsetDateTime recordedAt) {
}
