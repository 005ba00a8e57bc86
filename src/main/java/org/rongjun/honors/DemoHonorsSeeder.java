package org.rongjun.honors;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.MeritAward;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Derives the demo county's plaque households from the demo registry and adds a few hung
 * plaques, one merit notice and one send-off, through the same services users call.
 */
@Component
@Order(50)
@ConditionalOnDemoData
class DemoHonorsSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHonorsSeeder.class);

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421000000"));

	private final GloryPlaques plaques;

	private final MeritNotices notices;

	private final RecruitSendOffs sendOffs;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoHonorsSeeder(GloryPlaques plaques, MeritNotices notices, RecruitSendOffs sendOffs, JdbcClient jdbc,
			Clock clock) {
		this.plaques = plaques;
		this.notices = notices;
		this.sendOffs = sendOffs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = this.jdbc.sql("select count(*) from honors.plaque_household").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		PlaqueRefresh refresh = this.plaques.refresh(COUNTY);
		if (refresh.households() == 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<PlaqueHousehold> first = this.plaques.households(COUNTY, "330421103000", true, null, new PageQuery(0, 6))
			.items();
		for (int i = 0; i < first.size(); i++) {
			GloryPlaque plaque = this.plaques.issue(first.get(i).id(), today.minusDays(30), COUNTY, "demo");
			if (i < 4) {
				this.plaques.hang(plaque.id(), today.minusDays(20), "嘉善县西塘镇" + (i + 1) + "号", "家属", COUNTY, "demo");
			}
		}
		this.notices
			.register(
					new MeritNoticeDraft("陈立功", "某部", MeritAward.SECOND_CLASS_MERIT, null, today.minusDays(20),
							today.minusDays(5), "陈建国", "父亲", "330421103001", "嘉善县西塘镇西街12号", null, 500000L),
					COUNTY, "demo");
		RecruitSendOff sendOff = this.sendOffs.create(new RecruitSendOffDraft(today.getYear() + "年西塘镇欢送新兵入伍仪式",
				today.minusDays(3), "西塘镇人民政府广场", "330421103000", null), COUNTY, "demo");
		ByteArrayOutputStream list = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(list, Format.CSV, RecruitSendOffs.HEADERS)) {
			writer.row(List.of("王新兵", "330421103001", "嘉善县西塘镇西街8号", "王父", "父亲", "某部"));
			writer.row(List.of("赵卫国", "330421103001", "嘉善县西塘镇西街21号", "赵母", "母亲", "某部"));
			writer.row(List.of("孙强军", "330421103001", "嘉善县西塘镇西街30号", "孙父", "父亲", "某部"));
		}
		this.sendOffs.importRecruits(sendOff.id(), "demo.csv", list.toByteArray(), COUNTY);
		log.info("Seeded demo honors: {} plaque households", refresh.households());
	}

}
