package org.rongjun.grading;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.Attachments;
import org.rongjun.organization.Station;
import org.rongjun.organization.StationGrade;
import org.rongjun.organization.StationService;
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
 * The demo county's grading: 大云镇's station rated last year for 优 with one improvement
 * task and a draft this year; 西塘镇's station waiting for the county's rating for 精; 西街社区's
 * station waiting for 西塘镇's review.
 */
@Component
@Order(60)
@ConditionalOnDemoData
class DemoGradingSeeder implements ApplicationRunner {

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421000000"));

	private final Assessments assessments;

	private final StationService stations;

	private final Attachments attachments;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoGradingSeeder(Assessments assessments, StationService stations, Attachments attachments, JdbcClient jdbc,
			Clock clock) {
		this.assessments = assessments;
		this.stations = stations;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from grading.assessment").query(Long.class).single() > 0) {
			return;
		}
		int year = LocalDate.now(this.clock).getYear();
		Station dayun = station("330421102000");
		Station xitang = station("330421103000");
		Station xijie = station("330421103001");
		if (dayun == null || xitang == null || xijie == null) {
			return;
		}
		Assessment last = submitted(dayun, year - 1, StationGrade.GOOD, 220, 4, "dayun.staff", (c) -> true);
		CriteriaSet good = this.assessments.criteria(StationGrade.GOOD, year - 1);
		this.assessments.rate(last.id(),
				new Judgement(good.criteria()
					.stream()
					.map((c) -> new Finding(c.id(), c.position() != 5, (c.position() != 5) ? null : "信访回访记录不全"))
					.toList(), "总体达到优秀服务站标准，信访回访记录需完善。", LocalDate.now(this.clock).plusDays(60)),
				COUNTY, "county.staff");
		this.assessments.create(draft(dayun, year, StationGrade.EXCELLENT, 240, 5, (c) -> c.position() <= 3), COUNTY,
				"dayun.staff");
		submitted(xitang, year, StationGrade.EXCELLENT, 280, 6, "xitang.staff", (c) -> c.position() != 6);
		submitted(xijie, year, StationGrade.GOOD, 80, 3, "xijie.staff", (c) -> true);
	}

	private Assessment submitted(Station station, int year, StationGrade grade, int area, int rooms, String by,
			Predicate<Criterion> met) {
		Assessment assessment = this.assessments.create(draft(station, year, grade, area, rooms, met), COUNTY, by);
		this.attachments.store(Assessments.evidenceOf(assessment.id()), station.name() + year + "年自评佐证材料.pdf", null,
				new ByteArrayInputStream(
						("%PDF-1.4\n% " + station.name() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8)),
				by);
		return this.assessments.submit(assessment.id(), COUNTY, by);
	}

	private AssessmentDraft draft(Station station, int year, StationGrade grade, int area, int rooms,
			Predicate<Criterion> met) {
		List<Finding> claims = this.assessments.criteria(grade, year)
			.criteria()
			.stream()
			.map((c) -> new Finding(c.id(), met.test(c), null))
			.toList();
		return new AssessmentDraft(station.id(), year, grade, area, rooms, "周一至周五 8:30-17:00，周六上午", "按标准逐项自评，佐证材料见附件。",
				claims);
	}

	private @Nullable Station station(String regionCode) {
		return this.stations.search(COUNTY, regionCode, null, new PageQuery(0, 20))
			.items()
			.stream()
			.filter((s) -> s.regionCode().equals(regionCode))
			.findFirst()
			.orElse(null);
	}

}
