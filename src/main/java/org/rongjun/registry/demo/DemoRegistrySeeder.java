package org.rongjun.registry.demo;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.jobs.JobContext;
import org.rongjun.jobs.JobOutcome;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.roster.RosterColumn;
import org.rongjun.registry.roster.VeteranImport;
import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registers a few thousand made-up veterans in the demo county on first start, through
 * the same path as a roster import, so the demo exercises exactly what users do.
 */
@Component
@Order(30)
@ConditionalOnDemoData
class DemoRegistrySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistrySeeder.class);

	private static final String DEMO_COUNTY = "330421000000";

	private final VeteranImport imports;

	private final RegionDirectory regions;

	private final JdbcClient jdbc;

	private final int people;

	DemoRegistrySeeder(VeteranImport imports, RegionDirectory regions, JdbcClient jdbc,
			@Value("${rongjun.demo.veterans:3000}") int people) {
		this.imports = imports;
		this.regions = regions;
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = this.jdbc.sql("select count(*) from registry.veteran").query(Long.class).single();
		RegionScope county = RegionScope.of(RegionCode.of(DEMO_COUNTY));
		List<String> villages = this.regions.currentCodesWithin(county)
			.stream()
			.filter((code) -> RegionCode.of(code).level() == RegionLevel.VILLAGE)
			.sorted()
			.toList();
		if (existing > 0 || villages.isEmpty()) {
			return;
		}
		SyntheticPeople generator = new SyntheticPeople(20261128L, villages, 0);
		ByteArrayOutputStream roster = new ByteArrayOutputStream();
		List<String> headers = new ArrayList<>();
		for (RosterColumn column : RosterColumn.values()) {
			headers.add(column.header());
		}
		try (SpreadsheetWriter writer = Spreadsheets.writer(roster, Format.CSV, headers)) {
			for (int i = 0; i < this.people; i++) {
				SyntheticPeople.Person p = generator.next();
				writer.row(List.of(p.name(), p.idNumber(), p.householdRegionCode(), p.phone(), "", "", "", "", "",
						p.enlistmentDate(), p.dischargeDate(), p.militaryBranch(), "", p.dischargeType(), "",
						(i % 17 == 0) ? "是" : "否"));
			}
		}
		JobOutcome outcome = this.imports.run("demo.csv", Format.CSV, roster.toByteArray(), county, "demo",
				JobContext.unattended());
		log.info("Seeded demo veterans: {}", outcome.summary());
	}

}
