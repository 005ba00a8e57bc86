package org.rongjun.care.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.care.VisitKind;
import org.rongjun.care.campaigns.CampaignDraft;
import org.rongjun.care.campaigns.CampaignKind;
import org.rongjun.care.campaigns.CampaignStandard;
import org.rongjun.care.campaigns.CampaignTarget;
import org.rongjun.care.campaigns.CampaignTargetType;
import org.rongjun.care.campaigns.CompletionDraft;
import org.rongjun.care.campaigns.ConsolationCampaign;
import org.rongjun.care.campaigns.ConsolationCampaignService;
import org.rongjun.care.garrison.GarrisonUnitDraft;
import org.rongjun.care.garrison.GarrisonUnitKind;
import org.rongjun.care.garrison.GarrisonUnitService;
import org.rongjun.care.plans.CountdownEntry;
import org.rongjun.care.plans.TargetGroup;
import org.rongjun.care.plans.VisitPlan;
import org.rongjun.care.plans.VisitPlanDraft;
import org.rongjun.care.plans.VisitPlanService;
import org.rongjun.care.ProblemDraft;
import org.rongjun.care.visits.ProblemService;
import org.rongjun.care.visits.Visit;
import org.rongjun.care.visits.VisitDraft;
import org.rongjun.care.visits.VisitService;
import org.rongjun.registry.BeneficiaryDraft;
import org.rongjun.registry.BeneficiaryService;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the demo county's care boards on first start, through the module's own services:
 * a few garrison units, some key beneficiaries, three visit plans, visits with problems
 * (some past their deadline) and an open Army Day campaign with part of its targets
 * consoled.
 */
@Component
@Order(50)
@ConditionalOnDemoData
class DemoCareSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCareSeeder.class);

	private static final String COUNTY = "330421000000";

	private static final String DEMO = "demo";

	private static final List<String> VISITORS = List.of("王建国、李秀英", "张伟", "沈国强、陆海燕", "顾建华");

	private static final List<String> ASSIGNEES = List.of("王建国", "李秀英", "沈国强");

	private static final List<String> PROBLEMS = List.of("房屋漏雨，需要维修", "医疗费用负担重，咨询医疗救助", "子女就业咨询", "申请临时救助",
			"反映优待证办理进度");

	private final JdbcClient jdbc;

	private final GarrisonUnitService units;

	private final VisitPlanService plans;

	private final VisitService visits;

	private final ProblemService problems;

	private final ConsolationCampaignService campaigns;

	private final VeteranRegistry veterans;

	private final BeneficiaryService beneficiaries;

	private final Clock clock;

	DemoCareSeeder(JdbcClient jdbc, GarrisonUnitService units, VisitPlanService plans, VisitService visits,
			ProblemService problems, ConsolationCampaignService campaigns, VeteranRegistry veterans,
			BeneficiaryService beneficiaries, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.plans = plans;
		this.visits = visits;
		this.problems = problems;
		this.campaigns = campaigns;
		this.veterans = veterans;
		this.beneficiaries = beneficiaries;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = this.jdbc.sql("select count(*) from care.visit_plan").query(Long.class).single();
		RegionScope county = RegionScope.of(RegionCode.of(COUNTY));
		PageResult<Veteran> first = this.veterans.search(
				new VeteranSearch(null, null, null, null, null, null, null, null, "createdAt"), county,
				new PageQuery(0, 200));
		if (existing > 0 || first.total() == 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		garrisonUnits(county);
		keyBeneficiaries(county, first.total());
		VisitPlan contact = this.plans.create(new VisitPlanDraft("军休干部每季度联系", TargetGroup.RETIRED_OFFICER, null,
				VisitKind.CONTACT, 3, 30, COUNTY, today.minusMonths(5), true), county, DEMO);
		VisitPlan hardship = this.plans.create(new VisitPlanDraft("困难退役军人每季度走访", TargetGroup.HARDSHIP_VETERAN, null,
				VisitKind.HOME_VISIT, 3, 30, COUNTY, today.minusMonths(2), true), county, DEMO);
		VisitPlan key = this.plans.create(new VisitPlanDraft("重点优抚对象每年走访", TargetGroup.KEY_BENEFICIARY, null,
				VisitKind.HOME_VISIT, 12, 60, COUNTY, today.withDayOfYear(1), true), county, DEMO);
		int recorded = 0;
		recorded += visitSome(contact, VisitKind.CONTACT, 8, county, today);
		recorded += visitSome(hardship, VisitKind.HOME_VISIT, 3, county, today);
		recorded += visitSome(key, VisitKind.HOME_VISIT, 3, county, today);
		int consoled = armyDay(county, today);
		log.info("Seeded demo care data: 3 visit plans, {} visits, an Army Day campaign with {} targets consoled",
				recorded, consoled);
	}

	private void garrisonUnits(RegionScope county) {
		this.units.create(new GarrisonUnitDraft("武警嘉兴支队嘉善中队", GarrisonUnitKind.ARMED_POLICE, "330421001000", "嘉善县魏塘街道",
				"周海峰", "0573-84010001", 60, true), county);
		this.units.create(new GarrisonUnitDraft("解放军某部西塘营区", GarrisonUnitKind.PLA, "330421103000", "嘉善县西塘镇", "冯振宇",
				"0573-84010002", 120, true), county);
		this.units.create(new GarrisonUnitDraft("嘉善县消防救援大队", GarrisonUnitKind.FIRE_RESCUE, "330421002000", "嘉善县罗星街道",
				"金美华", "0573-84010119", 45, true), county);
		this.units.create(new GarrisonUnitDraft("大云消防救援站", GarrisonUnitKind.FIRE_RESCUE, "330421102000", "嘉善县大云镇",
				"杨永明", "0573-84010120", 20, true), county);
	}

	/**
	 * Every 37th demo person holds a key beneficiary category, unless another seeder (the
	 * benefits demo) already gave them one.
	 */
	private void keyBeneficiaries(RegionScope county, long total) {
		List<String> categories = List.of("41", "42", "51", "61");
		int added = 0;
		for (int page = 0; page * 200L < total; page++) {
			for (Veteran veteran : this.veterans
				.search(new VeteranSearch(null, null, null, null, null, null, null, null, "createdAt"), county,
						new PageQuery(page, 200))
				.items()) {
				if (veteran.id() % 37 == 0 && veteran.categories().isEmpty()) {
					this.beneficiaries.add(veteran.id(), new BeneficiaryDraft(null,
							categories.get(added++ % categories.size()), null, null, null, null, null), county, DEMO);
				}
			}
		}
	}

	/**
	 * Visits one in {@code every} of a plan's people on dates spread over the last four
	 * months; one visit in five raises a problem, some already past their deadline, a few
	 * resolved.
	 */
	private int visitSome(VisitPlan plan, VisitKind kind, int every, RegionScope county, LocalDate today) {
		List<CountdownEntry> people = new ArrayList<>();
		PageResult<CountdownEntry> page;
		int number = 0;
		do {
			page = this.plans.countdown(null, plan.id(), null, today, county, new PageQuery(number++, 200));
			people.addAll(page.items());
		}
		while (people.size() < page.total());
		int recorded = 0;
		for (int i = 0; i < people.size(); i += every) {
			CountdownEntry person = people.get(i);
			LocalDate on = today.minusDays((i * 13L) % 120);
			List<ProblemDraft> raised = (recorded % 5 == 0)
					? List.of(new ProblemDraft(PROBLEMS.get(recorded % PROBLEMS.size()),
							ASSIGNEES.get(recorded % ASSIGNEES.size()), on.plusDays(30)))
					: List.of();
			Visit visit = this.visits.record(new VisitDraft(person.veteranId(), null, kind, on,
					VISITORS.get(recorded % VISITORS.size()), (kind == VisitKind.HOME_VISIT) ? "家中" : "电话",
					(kind == VisitKind.HOME_VISIT) ? "米、油、慰问信" : null, (kind == VisitKind.HOME_VISIT) ? 20000L : 0L,
					(recorded % 3 == 0) ? 50000L : 0L, "身体状况良好，感谢党和政府关心", raised), county, DEMO);
			if (!visit.problems().isEmpty() && recorded % 15 == 0) {
				this.problems.resolve(visit.problems().get(0).id(), "已协调镇民政办解决", county, DEMO);
			}
			else if (!visit.problems().isEmpty() && recorded % 10 == 0) {
				this.problems.start(visit.problems().get(0).id(), county);
			}
			recorded++;
		}
		return recorded;
	}

	/**
	 * This year's Army Day campaign (八一), still open; townships have consoled different
	 * shares of their targets so the roll-up shows a spread.
	 */
	private int armyDay(RegionScope county, LocalDate today) {
		int year = today.getYear();
		LocalDate startsOn = LocalDate.of(year, 7, 15);
		if (startsOn.isAfter(today)) {
			year--;
			startsOn = startsOn.minusYears(1);
		}
		long budgetFen = 50_000_000L;
		ConsolationCampaign campaign = this.campaigns.start(new CampaignDraft(CampaignKind.ARMY_DAY, year,
				year + "年八一建军节走访慰问", COUNTY, startsOn, startsOn.plusDays(25), budgetFen, null,
				List.of(new CampaignStandard(CampaignTargetType.KEY_BENEFICIARY, 100_000L),
						new CampaignStandard(CampaignTargetType.HARDSHIP_VETERAN, 80_000L),
						new CampaignStandard(CampaignTargetType.RETIRED_OFFICER, 50_000L),
						new CampaignStandard(CampaignTargetType.GARRISON_UNIT, 500_000L))),
				county, DEMO);
		int consoled = 0;
		long spentFen = 0;
		int page = 0;
		PageResult<CampaignTarget> targets;
		do {
			targets = this.campaigns.targets(campaign.id(), null, null, null, null, county, new PageQuery(page++, 200));
			for (CampaignTarget target : targets.items()) {
				int share = Character.getNumericValue(target.regionCode().charAt(8)) % 4;
				if (target.id() % 4 < share || target.garrisonUnitId() != null) {
					// a larger demo county (rongjun.demo.veterans) has more targets than
					// the budget covers: console until it is spent
					if (spentFen + target.standardFen() > budgetFen) {
						return consoled;
					}
					spentFen += target.standardFen();
					this.campaigns.complete(campaign.id(), target.id(),
							new CompletionDraft(startsOn.plusDays(target.id() % 18), null, "慰问金已送达，本人签收"), county,
							DEMO);
					consoled++;
				}
			}
		}
		while ((long) page * 200 < targets.total());
		return consoled;
	}

}
