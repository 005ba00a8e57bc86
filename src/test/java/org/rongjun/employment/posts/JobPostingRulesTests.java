package org.rongjun.employment.posts;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rongjun.employment.EmploymentFixtures.draft;

/** What a post must satisfy before it is stored. */
class JobPostingRulesTests {

	/** The problem names a field with a message containing {@code text}. */
	private static ThrowingConsumer<Throwable> fieldError(String text) {
		return (thrown) -> assertThat(((ProblemException) thrown).getBody().getProperties()).isNotNull()
			.extractingByKey("errors")
			.asString()
			.contains(text);
	}

	@Test
	void onlyPublicEmployersMayRelaxAgeOrEducationForVeterans_Art42() {
		// 退役军人保障法 Art 42 ¶1 names 机关、群团组织、事业单位和国有企业
		assertThatThrownBy(() -> JobPostingRules.check(draft(JobPostingKind.GENERAL, "60", null, 40, 45, null),
				EmployerKind.PRIVATE))

			.satisfies(fieldError("第四十二条"));
		assertThat(
				JobPostingRules.check(draft(JobPostingKind.GENERAL, "60", "70", 40, 45, null), EmployerKind.STATE_OWNED)
					.veteranAgeMax())
			.isEqualTo(45);
	}

	@Test
	void aRelaxedLimitMustBeLooserThanTheGeneralOne() {
		assertThatThrownBy(() -> JobPostingRules.check(draft(JobPostingKind.GENERAL, null, null, 40, 38, null),
				EmployerKind.GOVERNMENT))
			.satisfies(fieldError("高于一般年龄上限"));
		assertThatThrownBy(() -> JobPostingRules.check(draft(JobPostingKind.GENERAL, "60", "40", null, null, null),
				EmployerKind.GOVERNMENT))
			.satisfies(fieldError("低于一般学历要求"));
	}

	@Test
	void aTargetedCivilServicePostIsAGovernmentPostForCollegeGraduatesWithFiveYearsService_Art43() {
		// 退役军人保障法 Art 43 ¶1: 基层公务员职位，面向服现役满五年的高校毕业生退役军人
		assertThatThrownBy(() -> JobPostingRules
			.check(draft(JobPostingKind.CIVIL_SERVANT_TARGETED, "30", null, 35, null, 5), EmployerKind.STATE_OWNED))
			.satisfies(fieldError("机关"));
		assertThatThrownBy(() -> JobPostingRules
			.check(draft(JobPostingKind.CIVIL_SERVANT_TARGETED, "60", null, 35, null, 5), EmployerKind.GOVERNMENT))
			.satisfies(fieldError("大学专科"));
		assertThatThrownBy(() -> JobPostingRules
			.check(draft(JobPostingKind.CIVIL_SERVANT_TARGETED, "30", null, 35, null, 4), EmployerKind.GOVERNMENT))
			.satisfies(fieldError("满5年"));
		assertThat(JobPostingRules
			.check(draft(JobPostingKind.CIVIL_SERVANT_TARGETED, "20", null, 35, null, 5), EmployerKind.GOVERNMENT)
			.kind()).isEqualTo(JobPostingKind.CIVIL_SERVANT_TARGETED);
	}

	@Test
	void aPlacementPostIsOfferedByAPublicInstitutionAStateOwnedEnterpriseOrAGovernmentOffice_Art26() {
		// 退役军人安置条例 Art 26 ¶1
		assertThatThrownBy(() -> JobPostingRules.check(draft(JobPostingKind.PLACEMENT, null, null, null, null, null),
				EmployerKind.PRIVATE))
			.satisfies(fieldError("第二十六条"));
		assertThat(JobPostingRules
			.check(draft(JobPostingKind.PLACEMENT, null, null, null, null, null), EmployerKind.PUBLIC_INSTITUTION)
			.kind()).isEqualTo(JobPostingKind.PLACEMENT);
	}

	@Test
	void anUnknownEducationCodeIsAFieldError() {
		assertThatThrownBy(() -> JobPostingRules.check(draft(JobPostingKind.GENERAL, "35", null, null, null, null),
				EmployerKind.PRIVATE))

			.satisfies(fieldError("学历代码"));
	}

}
