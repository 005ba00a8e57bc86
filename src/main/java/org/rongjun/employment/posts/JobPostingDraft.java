package org.rongjun.employment.posts;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What staff enter for a post. */
public record JobPostingDraft(long employerId, String title, JobPostingKind kind, String workplaceRegionCode,
		@Nullable String education, @Nullable String veteranEducation, @Nullable Integer ageMax,
		@Nullable Integer veteranAgeMax, @Nullable Integer minServiceYears, List<String> skills,
		List<String> certificates, @Nullable String physical, @Nullable Long payMinFen, @Nullable Long payMaxFen,
		int openings, LocalDate validFrom, LocalDate validUntil, @Nullable String description, boolean closed) {
}
