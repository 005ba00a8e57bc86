package org.rongjun.employment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.employment.posts.EmployerKind;
import org.rongjun.employment.posts.JobPosting;
import org.rongjun.employment.posts.JobPostingDraft;
import org.rongjun.employment.posts.JobPostingKind;
import org.rongjun.employment.seekers.EmploymentStatus;
import org.rongjun.employment.seekers.Profile;

import static org.rongjun.support.Today.TODAY;

/** JobPostings and profiles for rule tests, built field by field. */
public final class EmploymentFixtures {

	public static final String XITANG_VILLAGE = "330421103001";

	private EmploymentFixtures() {
	}

	public static JobPosting post(JobPostingKind kind, EmployerKind employer, @Nullable String education,
			@Nullable String veteranEducation, @Nullable Integer ageMax, @Nullable Integer veteranAgeMax,
			@Nullable Integer serviceYears, List<String> skills, List<String> certificates) {
		return new JobPosting(1, 1, "某单位", employer, "交通运输", "330421000000", "驾驶员", kind, "330421103000", education,
				veteranEducation, ageMax, veteranAgeMax, serviceYears, skills, certificates, null, 6_000_00L, 8_000_00L,
				2, 0, TODAY.minusDays(1), TODAY.plusMonths(1), null, false, true, "test", OffsetDateTime.now());
	}

	public static JobPosting general() {
		return post(JobPostingKind.GENERAL, EmployerKind.PRIVATE, null, null, null, null, null, List.of(), List.of());
	}

	public static Profile person(LocalDate born, @Nullable String education, @Nullable LocalDate enlisted,
			@Nullable LocalDate discharged, @Nullable String dischargeType, EmploymentStatus status,
			List<String> skills, List<String> certificates) {
		return new Profile(7, "张建军", "MALE", born, XITANG_VILLAGE, education, enlisted, discharged, dischargeType,
				status, TODAY.minusMonths(1), null, true, null, null, null, skills, certificates, null, "test",
				OffsetDateTime.now(), List.of());
	}

	public static Profile aged(int years, @Nullable String education) {
		return person(TODAY.minusYears(years).minusDays(1), education, TODAY.minusYears(8), TODAY.minusYears(1),
				"SELF_EMPLOYED", EmploymentStatus.UNEMPLOYED, List.of(), List.of());
	}

	public static JobPostingDraft draft(JobPostingKind kind, @Nullable String education,
			@Nullable String veteranEducation, @Nullable Integer ageMax, @Nullable Integer veteranAgeMax,
			@Nullable Integer serviceYears) {
		return new JobPostingDraft(1, "岗位", kind, "330421103000", education, veteranEducation, ageMax, veteranAgeMax,
				serviceYears, List.of(), List.of(), null, null, null, 1, TODAY, TODAY.plusMonths(1), null, false);
	}

}
