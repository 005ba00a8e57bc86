package org.rongjun.employment.seekers;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What staff enter; a change of status, date or employer adds a history entry. */
public record ProfileDraft(EmploymentStatus status, LocalDate statusSince, @Nullable String employerName,
		boolean seeking, @Nullable String intendedIndustry, @Nullable String intendedRegion,
		@Nullable Long intendedPayFen, List<String> skills, List<String> certificates, @Nullable String note,
		@Nullable String statusNote) {
}
