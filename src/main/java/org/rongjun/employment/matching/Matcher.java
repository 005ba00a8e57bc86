package org.rongjun.employment.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.employment.posts.Education;
import org.rongjun.employment.posts.JobPosting;
import org.rongjun.employment.posts.JobPostingKind;
import org.rongjun.employment.seekers.EmploymentStatus;
import org.rongjun.employment.seekers.Profile;

/**
 * Measures a veteran against a post: hard filters first (age, education, years of service
 * and who a reserved post is for), then 100 points over skills (30), certificates (20),
 * distance (25), industry (15) and pay (10), each with its reason. Pure: the same post,
 * profile and day always give the same answer.
 */
public final class Matcher {

	static final int SKILLS = 30;

	static final int CERTIFICATES = 20;

	static final int DISTANCE = 25;

	static final int INDUSTRY = 15;

	static final int PAY = 10;

	/** 安置方式 安排工作 (registry DISCHARGE_TYPE). */
	static final String ASSIGNED_JOB = "ASSIGNED_JOB";

	private Matcher() {
	}

	public static Match match(JobPosting post, Profile person, LocalDate today) {
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(age(post, person, today));
		criteria.add(education(post, person));
		if (post.minServiceYears() != null && post.minServiceYears() > 0) {
			criteria.add(service(post.minServiceYears(), person));
		}
		if (post.kind() == JobPostingKind.PLACEMENT) {
			// 安置条例 Art 25–26: posts of 安排工作 are for those placed that way
			boolean placed = ASSIGNED_JOB.equals(person.dischargeType());
			criteria.add(Criterion.hard("安置方式", placed, placed ? "安置方式为安排工作" : "安排工作岗位只面向安置方式为安排工作的退役士兵（安置条例第二十六条）"));
		}
		if (post.kind() == JobPostingKind.PUBLIC_WELFARE) {
			// 安置条例 Art 67 ¶2: 公益性岗位 for those who cannot find work on the market
			boolean waiting = person.status() == EmploymentStatus.UNEMPLOYED;
			criteria
				.add(Criterion.hard("就业状态", waiting, waiting ? "待业，符合公益性岗位安置范围" : "公益性岗位面向难以通过市场实现就业的待业人员（安置条例第六十七条）"));
		}
		criteria.add(overlap("技能", post.skills(), person.skills(), SKILLS));
		criteria.add(overlap("证书", post.certificates(), person.certificates(), CERTIFICATES));
		criteria.add(distance(post.workplaceRegionCode(), person));
		criteria.add(industry(post.employerIndustry(), person.intendedIndustry()));
		criteria.add(pay(post.payMaxFen(), person.intendedPayFen()));
		boolean eligible = criteria.stream().noneMatch((c) -> c.hard() && !c.met());
		int score = criteria.stream().mapToInt(Criterion::points).sum();
		return new Match(post.id(), post.title(), post.employerName(), person.veteranId(), person.name(),
				person.regionCode(), post.workplaceRegionCode(), eligible, score, List.copyOf(criteria));
	}

	/**
	 * The age limit, relaxed for veterans where the employer set it (退役军人保障法 Art 42 ¶1,
	 * 安置条例 Art 68 ¶1: 对退役军人的年龄和学历条件可以适当放宽).
	 */
	static Criterion age(JobPosting post, Profile person, LocalDate today) {
		int age = Period.between(person.birthDate(), today).getYears();
		Integer limit = (post.veteranAgeMax() != null) ? post.veteranAgeMax() : post.ageMax();
		if (limit == null) {
			return Criterion.hard("年龄", true, age + "岁，岗位不限年龄");
		}
		String relaxed = (post.veteranAgeMax() != null)
				? "（一般上限" + post.ageMax() + "岁，对退役军人放宽至" + limit + "岁，退役军人保障法第四十二条）" : "";
		return Criterion.hard("年龄", age <= limit, age + "岁，上限" + limit + "岁" + relaxed);
	}

	/**
	 * The education required, relaxed for veterans where the employer set it (Art 42).
	 */
	static Criterion education(JobPosting post, Profile person) {
		String required = (post.veteranEducation() != null) ? post.veteranEducation() : post.education();
		String held = Education.label(person.education());
		if (required == null) {
			return Criterion.hard("学历", true, held + "，岗位不限学历");
		}
		String relaxed = (post.veteranEducation() != null) ? "（一般要求" + Education.label(post.education()) + "，对退役军人放宽至"
				+ Education.label(required) + "，退役军人保障法第四十二条）" : "";
		return Criterion.hard("学历", Education.meets(person.education(), required),
				held + "，要求" + Education.label(required) + "及以上" + relaxed);
	}

	/** Full years of service, e.g. the 满五年 of a targeted civil-service post (Art 43). */
	static Criterion service(int years, Profile person) {
		if (person.enlistmentDate() == null || person.dischargeDate() == null) {
			return Criterion.hard("服役年限", false, "未登记入伍或退役时间，无法确认服现役满" + years + "年");
		}
		int served = Period.between(person.enlistmentDate(), person.dischargeDate()).getYears();
		return Criterion.hard("服役年限", served >= years, "服现役" + served + "年，要求满" + years + "年");
	}

	static Criterion overlap(String name, List<String> required, List<String> held, int max) {
		if (required.isEmpty()) {
			return Criterion.soft(name, max, max, "岗位未要求" + name);
		}
		List<String> have = required.stream().filter(held::contains).toList();
		List<String> missing = required.stream().filter((r) -> !held.contains(r)).toList();
		int points = max * have.size() / required.size();
		String detail = (have.isEmpty() ? "" : "具备：" + String.join("、", have))
				+ (have.isEmpty() || missing.isEmpty() ? "" : "；")
				+ (missing.isEmpty() ? "" : "缺少：" + String.join("、", missing));
		return Criterion.soft(name, points, max, detail);
	}

	/**
	 * How close the workplace is to where the person wants to work (their intended
	 * region, else their household): same township 25, same county 18, same city 10, same
	 * province 5.
	 */
	static Criterion distance(String workplace, Profile person) {
		boolean intended = person.intendedRegion() != null;
		String home = intended ? person.intendedRegion() : person.regionCode();
		String from = intended ? "意向地区" : "户籍地";
		int common = commonPrefix(workplace, home);
		if (common >= 9) {
			return Criterion.soft("距离", DISTANCE, DISTANCE, "工作地与" + from + "在同一乡镇（街道）");
		}
		if (common >= 6) {
			return Criterion.soft("距离", 18, DISTANCE, "工作地与" + from + "在同一县（市、区）");
		}
		if (common >= 4) {
			return Criterion.soft("距离", 10, DISTANCE, "工作地与" + from + "在同一地级市");
		}
		if (common >= 2) {
			return Criterion.soft("距离", 5, DISTANCE, "工作地与" + from + "在同一省份");
		}
		return Criterion.soft("距离", 0, DISTANCE, "工作地在外省");
	}

	static Criterion industry(@Nullable String offered, @Nullable String intended) {
		if (intended == null) {
			return Criterion.soft("行业意向", INDUSTRY / 2, INDUSTRY, "未填写意向行业");
		}
		if (offered == null) {
			return Criterion.soft("行业意向", INDUSTRY / 2, INDUSTRY, "单位未登记行业");
		}
		return offered.equals(intended) ? Criterion.soft("行业意向", INDUSTRY, INDUSTRY, "意向行业与单位行业一致：" + offered)
				: Criterion.soft("行业意向", 0, INDUSTRY, "意向" + intended + "，单位属" + offered);
	}

	static Criterion pay(@Nullable Long offeredMaxFen, @Nullable Long intendedFen) {
		if (intendedFen == null) {
			return Criterion.soft("薪酬", PAY, PAY, "未填写期望月薪");
		}
		if (offeredMaxFen == null) {
			return Criterion.soft("薪酬", PAY / 2, PAY, "岗位未标明薪酬");
		}
		return (intendedFen <= offeredMaxFen)
				? Criterion.soft("薪酬", PAY, PAY, "期望月薪" + yuan(intendedFen) + "元，岗位最高" + yuan(offeredMaxFen) + "元")
				: Criterion.soft("薪酬", 0, PAY, "期望月薪" + yuan(intendedFen) + "元，高于岗位最高" + yuan(offeredMaxFen) + "元");
	}

	private static String yuan(long fen) {
		return (fen % 100 == 0) ? Long.toString(fen / 100) : String.format("%d.%02d", fen / 100, fen % 100);
	}

	/** Leading region digits shared, in the code's steps (2, 4, 6, 9, 12). */
	private static int commonPrefix(String a, String b) {
		int common = 0;
		for (int step : new int[] { 2, 4, 6, 9, 12 }) {
			if (a.regionMatches(0, b, 0, step)) {
				common = step;
			}
			else {
				break;
			}
		}
		return common;
	}

}
