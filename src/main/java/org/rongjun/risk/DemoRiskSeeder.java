package org.rongjun.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the demo county's risk pages on first start: this month's screening round in 西街社区
 * with half its checklists filled in (two risks found), one of the 波动 warnings the
 * contact demo raised taken in as a risk, and a major legal dispute reported to the
 * county that is already past its deadline (escalated by the daily run).
 */
@Component
@Order(70)
@ConditionalOnDemoData
class DemoRiskSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRiskSeeder.class);

	private static final String COUNTY = "330421000000";

	private static final String XIJIE = "330421103001";

	private static final String DEMO = "demo";

	private final JdbcClient jdbc;

	private final Screenings screenings;

	private final Warnings warnings;

	private final RiskItems items;

	private final Clock clock;

	DemoRiskSeeder(JdbcClient jdbc, Screenings screenings, Warnings warnings, RiskItems items, Clock clock) {
		this.jdbc = jdbc;
		this.screenings = screenings;
		this.warnings = warnings;
		this.items = items;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean seeded = this.jdbc.sql("select exists (select 1 from risk.screening_round)")
			.query(Boolean.class)
			.single();
		boolean people = this.jdbc.sql("select exists (select 1 from registry.veteran_profile where region_code = :v)")
			.param("v", XIJIE)
			.query(Boolean.class)
			.single();
		if (seeded || !people) {
			return;
		}
		RegionScope county = RegionScope.of(RegionCode.of(COUNTY));
		LocalDate today = LocalDate.now(this.clock);
		ScreeningRound round = this.screenings.open(new ScreeningRoundDraft(YearMonth.from(today) + " 西街社区矛盾隐患排查",
				XIJIE, YearMonth.from(today), YearMonth.from(today).atEndOfMonth()), county, DEMO);
		List<ScreeningItem> checklist = this.screenings
			.items(round.id(), ScreeningItem.Status.PENDING, null, county, new PageQuery(0, 200))
			.items();
		int checked = 0;
		for (int i = 0; i < checklist.size() / 2; i++) {
			List<RiskItemDraft> findings = switch (i) {
				case 1 -> List.of(new RiskItemDraft(RiskLevel.GENERAL, RiskCategory.LIVING_HARDSHIP,
						"老伴长期患病，医疗支出大，家庭入不敷出", "陆芳", today.plusDays(30)));
				case 4 -> List.of(new RiskItemDraft(RiskLevel.SIGNIFICANT, RiskCategory.FAMILY_CONFLICT,
						"与子女因赡养问题矛盾较深，曾发生争吵", "沈丽华", today.plusDays(15)));
				default -> List.of();
			};
			this.screenings.check(round.id(), checklist.get(i).id(),
					new ScreeningCheck(findings, findings.isEmpty() ? "入户了解，无矛盾隐患" : null), county, DEMO);
			checked++;
		}
		this.warnings.search(WarningStatus.NEW, "MOOD_UNSTABLE", null, null, county, new PageQuery(0, 1))
			.items()
			.forEach((w) -> this.warnings.accept(w.id(), new RiskItemDraft(RiskLevel.SIGNIFICANT,
					RiskCategory.BENEFIT_CLAIM, "养老保险接续问题未解决，情绪激动，有到县上访的可能", "沈丽华", today.plusDays(10)), county, DEMO));
		if (checklist.size() > 6) {
			RiskItem major = this.items.create(checklist.get(6).veteranId(), new RiskItemDraft(RiskLevel.GENERAL,
					RiskCategory.LEGAL_DISPUTE, "与邻居宅基地纠纷，已诉至法院，情绪不稳", "陆芳", today.plusDays(1)), county, DEMO);
			// The demo shows a risk left past its deadline: it was due a week ago.
			this.jdbc.sql("update risk.risk_item set deadline = :due where id = :id")
				.param("due", today.minusDays(7))
				.param("id", major.id())
				.update();
			this.items.escalateOverdue();
		}
		log.info("Seeded demo risk data: a screening round with {} checklists filled in", checked);
	}

}
