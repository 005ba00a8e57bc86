package org.rongjun.employment.posts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A post with its requirements. Education is a registry 学历 code (lower is higher);
 * {@code veteranEducation} and {@code veteranAgeMax} are the limits relaxed for veterans
 * (Art 42). Pay is monthly, in fen. {@code open}: taking people on {@code asOf}.
 */
public record JobPosting(long id, long employerId, String employerName, EmployerKind employerKind,
		@Nullable String employerIndustry, String regionCode, String title, JobPostingKind kind,
		String workplaceRegionCode, @Nullable String education, @Nullable String veteranEducation,
		@Nullable Integer ageMax, @Nullable Integer veteranAgeMax, @Nullable Integer minServiceYears,
		List<String> skills, List<String> certificates, @Nullable String physical, @Nullable Long payMinFen,
		@Nullable Long payMaxFen, int openings, int filled, LocalDate validFrom, LocalDate validUntil,
		@Nullable String description, boolean closed, boolean open, String createdBy, OffsetDateTime createdAt) {

	/** Whether the post takes people on {@code day}. */
	public boolean isOpenOn(LocalDate day) {
		return !this.closed && this.filled < this.openings && !day.isBefore(this.validFrom)
				&& !day.isAfter(this.validUntil);
	}

}
