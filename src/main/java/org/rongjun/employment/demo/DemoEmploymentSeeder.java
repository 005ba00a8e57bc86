package org.rongjun.employment.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.employment.matching.Referral;
import org.rongjun.employment.matching.ReferralStatus;
import org.rongjun.employment.matching.Referrals;
import org.rongjun.employment.posts.Employer;
import org.rongjun.employment.posts.EmployerDraft;
import org.rongjun.employment.posts.EmployerKind;
import org.rongjun.employment.posts.Employers;
import org.rongjun.employment.posts.JobPosting;
import org.rongjun.employment.posts.JobPostingDraft;
import org.rongjun.employment.posts.JobPostingKind;
import org.rongjun.employment.posts.JobPostings;
import org.rongjun.employment.seekers.EmploymentStatus;
import org.rongjun.employment.seekers.ProfileDraft;
import org.rongjun.employment.seekers.Profiles;
import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's employers and posts (one of each reserved kind), employment profiles
 * for its most recently discharged veterans, and referrals at each stage, entered through
 * the same services staff use.
 */
@Component
@Order(60)
@ConditionalOnDemoData
class DemoEmploymentSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEmploymentSeeder.class);

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421000000"));

	private static final String XITANG = "330421103000";

	private static final List<List<String>> SKILLS = List.of(List.of("驾驶"), List.of("安保管理", "擒拿格斗"), List.of("电工"),
			List.of("计算机操作"), List.of("厨师"), List.of("驾驶", "车辆维修"));

	private static final List<List<String>> CERTIFICATES = List.of(List.of("A1驾驶证"), List.of("保安员证"), List.of("电工证"),
			List.of(), List.of("厨师证"), List.of("A1驾驶证"));

	private static final EmploymentStatus[] STATUSES = { EmploymentStatus.UNEMPLOYED, EmploymentStatus.EMPLOYED,
			EmploymentStatus.UNEMPLOYED, EmploymentStatus.FLEXIBLE, EmploymentStatus.SELF_EMPLOYED,
			EmploymentStatus.UNEMPLOYED, EmploymentStatus.STUDYING, EmploymentStatus.EMPLOYED };

	private final Employers employers;

	private final JobPostings posts;

	private final Profiles profiles;

	private final Referrals referrals;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoEmploymentSeeder(Employers employers, JobPostings posts, Profiles profiles, Referrals referrals,
			JdbcClient jdbc, Clock clock) {
		this.employers = employers;
		this.posts = posts;
		this.profiles = profiles;
		this.referrals = referrals;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from employment.employer").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Employer bus = employer("嘉善县公共交通有限公司", EmployerKind.STATE_OWNED, "交通运输", null);
		Employer guard = employer("嘉善安邦保安服务有限公司", EmployerKind.PRIVATE, "安保服务", null);
		Employer bureau = employer("嘉善县综合行政执法局", EmployerKind.GOVERNMENT, "公共管理", null);
		Employer fire = employer("嘉善县消防救援大队", EmployerKind.GOVERNMENT, "公共管理", null);
		Employer investment = employer("嘉善县城市建设投资集团有限公司", EmployerKind.STATE_OWNED, "建筑业", null);
		Employer township = employer("西塘镇人民政府", EmployerKind.GOVERNMENT, "公共管理", XITANG);
		JobPosting driver = post(bus, "公交车驾驶员", JobPostingKind.GENERAL, "330421001000", "60", "70", 40, 45, null,
				List.of("驾驶"), List.of("A1驾驶证"), 6_500_00L, 8_500_00L, 10, today);
		JobPosting security = post(guard, "安保队长", JobPostingKind.GENERAL, XITANG, null, null, 45, null, null,
				List.of("安保管理"), List.of("保安员证"), 5_000_00L, 6_500_00L, 3, today);
		post(bureau, "基层执法队员（退役军人定向）", JobPostingKind.CIVIL_SERVANT_TARGETED, "330421001000", "30", null, 35, null, 5,
				List.of(), List.of(), 7_000_00L, 9_000_00L, 2, today);
		post(fire, "政府专职消防员", JobPostingKind.FIREFIGHTER, "330421001000", "60", null, 30, null, null, List.of(),
				List.of(), 6_000_00L, 7_500_00L, 5, today);
		post(investment, "综合管理岗（安排工作）", JobPostingKind.PLACEMENT, "330421001000", "60", null, null, null, null,
				List.of("计算机操作"), List.of(), 6_000_00L, 8_000_00L, 2, today);
		post(township, "村专职工作人员", JobPostingKind.COMMUNITY_WORKER, XITANG, "60", null, 45, null, null, List.of("计算机操作"),
				List.of(), 4_500_00L, 5_500_00L, 2, today);
		post(township, "河道保洁员（公益性岗位）", JobPostingKind.PUBLIC_WELFARE, XITANG, null, null, 60, null, null, List.of(),
				List.of(), 2_500_00L, 3_000_00L, 4, today);
		List<Long> people = this.jdbc.sql("""
				select veteran_id from registry.job_seeker_basis
				where region_code between '330421000000' and '330421999999' and not deceased
				  and discharge_date is not null and birth_date > :born
				order by discharge_date desc, veteran_id limit 48
				""").param("born", today.minusYears(45)).query(Long.class).list();
		int seekers = 0;
		for (int i = 0; i < people.size(); i++) {
			EmploymentStatus status = STATUSES[i % STATUSES.length];
			boolean seeking = status == EmploymentStatus.UNEMPLOYED || status == EmploymentStatus.FLEXIBLE;
			String employer = (status == EmploymentStatus.EMPLOYED) ? "嘉善县某制造企业" : null;
			this.profiles.create(people.get(i),
					new ProfileDraft(status, today.minusDays(30 + i), employer, seeking, seeking ? industry(i) : null,
							null, seeking ? 6_000_00L : null, SKILLS.get(i % SKILLS.size()),
							CERTIFICATES.get(i % CERTIFICATES.size()), null, "建档时登记"),
					COUNTY, "demo");
			seekers += seeking ? 1 : 0;
		}
		int referred = refer(driver, 3) + refer(security, 2);
		log.info("Demo employment: 6 employers, 7 posts, {} profiles ({} seeking), {} referrals", people.size(),
				seekers, referred);
	}

	/**
	 * Refers the best-ranked seekers; the first is interviewed and hired, the second
	 * interviewed.
	 */
	private int refer(JobPosting post, int count) {
		List<Long> best = this.jdbc.sql("""
				select p.veteran_id from employment.profile p
				where p.seeking and p.skills && cast(:skills as text[]) order by p.veteran_id limit :count
				""")
			.param("skills", post.skills().toArray(String[]::new))
			.param("count", count)
			.query(Long.class)
			.list();
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (int i = 0; i < best.size(); i++) {
			try {
				Referral referral = this.referrals.refer(post.id(), best.get(i), null, COUNTY, "demo");
				made++;
				if (i < 2) {
					this.referrals.record(referral.id(), ReferralStatus.INTERVIEWED, today, "已参加面试",
							today.plusDays(i == 0 ? 3 : 0), COUNTY, "demo");
				}
				if (i == 0) {
					this.referrals.record(referral.id(), ReferralStatus.HIRED, today, "试用期三个月", null, COUNTY, "demo");
				}
			}
			catch (RuntimeException ex) {
				// a demo person ruled out by the post's hard filters is simply not
				// referred
				log.debug("Demo referral skipped: {}", ex.getMessage());
			}
		}
		return made;
	}

	private static String industry(int i) {
		return (i % 2 == 0) ? "交通运输" : "安保服务";
	}

	private Employer employer(String name, EmployerKind kind, String industry, @Nullable String region) {
		return this.employers.create(new EmployerDraft(region, name, kind, null, industry, "人事科",
				"0573-8401" + (1000 + name.length()), "浙江省嘉兴市嘉善县", "嘉退役就业协〔2026〕" + name.length() + "号", null, true),
				COUNTY, "demo");
	}

	private JobPosting post(Employer employer, String title, JobPostingKind kind, String workplace,
			@Nullable String education, @Nullable String veteranEducation, @Nullable Integer ageMax,
			@Nullable Integer veteranAgeMax, @Nullable Integer serviceYears, List<String> skills,
			List<String> certificates, long payMin, long payMax, int openings, LocalDate today) {
		return this.posts.create(new JobPostingDraft(employer.id(), title, kind, workplace, education, veteranEducation,
				ageMax, veteranAgeMax, serviceYears, skills, certificates, null, payMin, payMax, openings,
				today.minusDays(20), today.plusMonths(3), null, false), COUNTY, "demo");
	}

}
