package org.rongjun.employment;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rongjun.employment.matching.Criterion;
import org.rongjun.employment.matching.Match;
import org.rongjun.employment.matching.Matcher;
import org.rongjun.employment.posts.EmployerKind;
import org.rongjun.employment.posts.JobPostingKind;
import org.rongjun.employment.seekers.EmploymentStatus;
import org.rongjun.support.CalendarSensitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.employment.EmploymentFixtures.aged;
import static org.rongjun.employment.EmploymentFixtures.person;
import static org.rongjun.employment.EmploymentFixtures.post;
import static org.rongjun.support.Today.TODAY;

/** The hard filters and the explained score of a veteran against a post. */
@CalendarSensitive
class MatcherTests {

	@Test
	void aVeteranOverTheGeneralAgeLimitPassesTheLimitAStateOwnedEmployerRelaxedForVeterans_Art42() {
		// 退役军人保障法 Art 42 ¶1: 对退役军人的年龄和学历条件可以适当放宽
		var relaxed = post(JobPostingKind.GENERAL, EmployerKind.STATE_OWNED, "60", "70", 40, 45, null, List.of(),
				List.of());
		Match match = Matcher.match(relaxed, aged(43, "70"), TODAY);
		assertThat(match.eligible()).isTrue();
		assertThat(criterion(match, "年龄").detail()).isEqualTo("43岁，上限45岁（一般上限40岁，对退役军人放宽至45岁，退役军人保障法第四十二条）");
		assertThat(criterion(match, "学历").detail()).contains("初中", "一般要求高中", "放宽至初中");
		assertThat(Matcher.match(relaxed, aged(46, "70"), TODAY).eligible()).isFalse();
	}

	@Test
	void withoutARelaxedLimitTheGeneralAgeLimitRulesOut() {
		var strict = post(JobPostingKind.GENERAL, EmployerKind.PRIVATE, null, null, 40, null, null, List.of(),
				List.of());
		Match match = Matcher.match(strict, aged(41, "60"), TODAY);
		assertThat(match.eligible()).isFalse();
		assertThat(criterion(match, "年龄").met()).isFalse();
		assertThat(criterion(match, "年龄").detail()).isEqualTo("41岁，上限40岁");
	}

	@Test
	void aTargetedCivilServicePostNeedsFiveFullYearsOfService_Art43() {
		// 退役军人保障法 Art 43 ¶1: 面向服现役满五年的高校毕业生退役军人
		var targeted = post(JobPostingKind.CIVIL_SERVANT_TARGETED, EmployerKind.GOVERNMENT, "30", null, 35, null, 5,
				List.of(), List.of());
		var fiveYears = person(TODAY.minusYears(28), "20", TODAY.minusYears(6), TODAY.minusYears(1), "SELF_EMPLOYED",
				EmploymentStatus.UNEMPLOYED, List.of(), List.of());
		var fourYears = person(TODAY.minusYears(28), "20", TODAY.minusYears(5).plusDays(1), TODAY.minusYears(1),
				"SELF_EMPLOYED", EmploymentStatus.UNEMPLOYED, List.of(), List.of());
		assertThat(Matcher.match(targeted, fiveYears, TODAY).eligible()).isTrue();
		Match short1 = Matcher.match(targeted, fourYears, TODAY);
		assertThat(short1.eligible()).isFalse();
		assertThat(criterion(short1, "服役年限").detail()).isEqualTo("服现役3年，要求满5年");
		var highSchool = person(TODAY.minusYears(28), "60", TODAY.minusYears(6), TODAY.minusYears(1), "SELF_EMPLOYED",
				EmploymentStatus.UNEMPLOYED, List.of(), List.of());
		assertThat(criterion(Matcher.match(targeted, highSchool, TODAY), "学历").met()).isFalse();
	}

	@Test
	void unknownServiceDatesCannotProveTheYearsAPostAsksFor() {
		var targeted = post(JobPostingKind.CIVIL_SERVANT_TARGETED, EmployerKind.GOVERNMENT, "30", null, 35, null, 5,
				List.of(), List.of());
		var undated = person(TODAY.minusYears(28), "20", null, null, null, EmploymentStatus.UNEMPLOYED, List.of(),
				List.of());
		assertThat(criterion(Matcher.match(targeted, undated, TODAY), "服役年限").met()).isFalse();
	}

	@Test
	void aPlacementPostIsOnlyForVeteransPlacedByAssignedWork_PlacementRegulationArt26() {
		// 退役军人安置条例 Art 25–26: 安排工作 by 赋分选岗 to 事业单位和国有企业
		var placement = post(JobPostingKind.PLACEMENT, EmployerKind.STATE_OWNED, null, null, null, null, null,
				List.of(), List.of());
		var assigned = person(TODAY.minusYears(30), "60", TODAY.minusYears(13), TODAY.minusYears(1), "ASSIGNED_JOB",
				EmploymentStatus.UNEMPLOYED, List.of(), List.of());
		assertThat(Matcher.match(placement, assigned, TODAY).eligible()).isTrue();
		Match selfEmployed = Matcher.match(placement, aged(30, "60"), TODAY);
		assertThat(selfEmployed.eligible()).isFalse();
		assertThat(criterion(selfEmployed, "安置方式").detail()).contains("第二十六条");
	}

	@Test
	void aPublicWelfarePostIsForThoseWaitingForWork_PlacementRegulationArt67() {
		// 退役军人安置条例 Art 67 ¶2: 确实难以通过市场实现就业的，依法纳入公益性岗位保障范围
		var welfare = post(JobPostingKind.PUBLIC_WELFARE, EmployerKind.GOVERNMENT, null, null, null, null, null,
				List.of(), List.of());
		var working = person(TODAY.minusYears(40), "60", null, null, null, EmploymentStatus.EMPLOYED, List.of(),
				List.of());
		assertThat(Matcher.match(welfare, aged(40, "60"), TODAY).eligible()).isTrue();
		assertThat(Matcher.match(welfare, working, TODAY).eligible()).isFalse();
	}

	@Test
	void theScoreSaysWhichSkillsAndCertificatesMatchAndWhichAreMissing() {
		var driver = post(JobPostingKind.GENERAL, EmployerKind.PRIVATE, null, null, null, null, null,
				List.of("驾驶", "车辆维修"), List.of("A1驾驶证"));
		var person = person(TODAY.minusYears(30), "60", null, null, null, EmploymentStatus.UNEMPLOYED, List.of("驾驶"),
				List.of("A1驾驶证"));
		Match match = Matcher.match(driver, person, TODAY);
		Criterion skills = criterion(match, "技能");
		assertThat(skills.points()).isEqualTo(15);
		assertThat(skills.maxPoints()).isEqualTo(30);
		assertThat(skills.detail()).isEqualTo("具备：驾驶；缺少：车辆维修");
		assertThat(criterion(match, "证书").points()).isEqualTo(20);
		// same township (workplace 西塘镇, household a 西塘 village) 25; no industry or pay
		// intention 7 + 10
		assertThat(criterion(match, "距离").points()).isEqualTo(25);
		assertThat(match.score()).isEqualTo(15 + 20 + 25 + 7 + 10);
	}

	@Test
	void distanceCountsFromTheIntendedRegionWhenThereIsOne() {
		var post = EmploymentFixtures.general();
		var p = person(TODAY.minusYears(30), "60", null, null, null, EmploymentStatus.UNEMPLOYED, List.of(), List.of());
		var elsewhere = new org.rongjun.employment.seekers.Profile(p.veteranId(), p.name(), p.gender(), p.birthDate(),
				p.regionCode(), p.education(), null, null, null, p.status(), p.statusSince(), null, true, "交通运输",
				"330402000000", 9_000_00L, List.of(), List.of(), null, "test", p.updatedAt(), List.of());
		Match match = Matcher.match(post, elsewhere, TODAY);
		assertThat(criterion(match, "距离").points()).isEqualTo(10);
		assertThat(criterion(match, "距离").detail()).isEqualTo("工作地与意向地区在同一地级市");
		assertThat(criterion(match, "行业意向").points()).isEqualTo(15);
		assertThat(criterion(match, "薪酬").points()).isZero();
		assertThat(criterion(match, "薪酬").detail()).isEqualTo("期望月薪9000元，高于岗位最高8000元");
	}

	private static Criterion criterion(Match match, String name) {
		return match.criteria().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
	}

}
