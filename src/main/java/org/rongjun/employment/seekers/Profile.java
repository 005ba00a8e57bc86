package org.rongjun.employment.seekers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A veteran's employment profile with what the registry knows of the person (name, age,
 * education, service, household region). {@code history} is filled on a single profile.
 */
public record Profile(long veteranId, String name, String gender, LocalDate birthDate, String regionCode,
		@Nullable String education, @Nullable LocalDate enlistmentDate, @Nullable LocalDate dischargeDate,
		@Nullable String dischargeType, EmploymentStatus status, LocalDate statusSince, @Nullable String employerName,
		boolean seeking, @Nullable String intendedIndustry, @Nullable String intendedRegion,
		@Nullable Long intendedPayFen, List<String> skills, List<String> certificates, @Nullable String note,
		String updatedBy, OffsetDateTime updatedAt, List<StatusChange> history) {

	Profile withHistory(List<StatusChange> changes) {
		return new Profile(this.veteranId, this.name, this.gender, this.birthDate, this.regionCode, this.education,
				this.enlistmentDate, this.dischargeDate, this.dischargeType, this.status, this.statusSince,
				this.employerName, this.seeking, this.intendedIndustry, this.intendedRegion, this.intendedPayFen,
				this.skills, this.certificates, this.note, this.updatedBy, this.updatedAt, changes);
	}

}
