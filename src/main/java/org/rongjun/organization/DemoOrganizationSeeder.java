package org.rongjun.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.rongjun.shared.ConditionalOnDemoData;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo county on first start: 嘉善县 (浙江省嘉兴市, 330421) with its 9 townships and 174
 * villages from the 2023 statistical code table, a service center, a station in every
 * township and in three villages of 西塘镇, each with staff. Runs only while no station
 * exists, so a restart or a user's edits are never overwritten.
 */
@Component
@Order(10)
@ConditionalOnDemoData
class DemoOrganizationSeeder implements ApplicationRunner {

	static final String DEMO_COUNTY = "330421000000";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizationSeeder.class);

	private static final List<String> NAMES = List.of("王建国", "李秀英", "张伟", "沈国强", "陆海燕", "顾建华", "朱丽萍", "徐卫东", "钱志刚",
			"姚红梅", "孙立新", "吴晓芳", "周海峰", "金美华", "冯振宇", "陈桂芳", "杨永明", "蒋雪琴", "许志明", "曹丽娟", "范建新", "邱文斌", "戴秀兰", "施国平",
			"潘春燕", "褚明辉", "俞小红", "黄志勇");

	private static final List<String> POSITIONS = List.of("站长", "专职工作人员", "网格员");

	private int staffNumber;

	private final RegionImporter importer;

	private final RegionDirectory regions;

	private final StationRepository stations;

	private final StaffRepository staff;

	DemoOrganizationSeeder(RegionImporter importer, RegionDirectory regions, StationRepository stations,
			StaffRepository staff) {
		this.importer = importer;
		this.regions = regions;
		this.stations = stations;
		this.staff = staff;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.stations.count() > 0) {
			return;
		}
		List<RegionRow> rows = demoCounty();
		this.importer.merge(rows.stream(), RegionImportCommand.DEFAULT_EDITION, false);
		RegionScope county = RegionScope.of(RegionCode.of(DEMO_COUNTY));
		station("嘉善县退役军人服务中心", DEMO_COUNTY, StationGrade.EXCELLENT, "嘉善县魏塘街道体育南路518号", "0573-84012345",
				POSITIONS.size());
		int index = 0;
		for (RegionRow row : rows) {
			if (row.level() == RegionLevel.TOWNSHIP) {
				StationGrade grade = StationGrade.values()[index++ % 3];
				station(row.name() + "退役军人服务站", row.code(), grade, "嘉善县" + row.name() + "人民政府便民服务中心",
						"0573-8401" + String.format("%04d", index), 2);
			}
		}
		for (RegionRow row : rows) {
			if (row.level() == RegionLevel.VILLAGE && row.code().startsWith("330421103")
					&& row.code().compareTo("330421103003") <= 0) {
				station(row.name() + "退役军人服务站", row.code(), StationGrade.BASIC, "西塘镇" + row.name() + "党群服务中心", null, 1);
			}
		}
		log.info("Seeded the demo county {} ({} regions, {} stations)", this.regions.nameOf(DEMO_COUNTY), rows.size(),
				this.stations.search(county, county, null, new org.rongjun.shared.PageQuery(0, 1)).total());
	}

	private void station(String name, String regionCode, StationGrade grade, String address, String phone,
			int staffCount) {
		StationDraft draft = new StationDraft(name, regionCode, grade, address, phone);
		RegionLevel level = RegionCode.of(regionCode).level();
		long id = this.stations.insert(draft, StationKind.forLevel(level));
		for (int i = 0; i < staffCount; i++) {
			int number = this.staffNumber++;
			String mobile = "139057" + String.format("%05d", 31000 + number);
			this.staff.insert(new StaffDraft(id, NAMES.get(number % NAMES.size()), POSITIONS.get(i), mobile, true));
		}
	}

	static List<RegionRow> demoCounty() {
		var resource = new ClassPathResource("organization/demo/jiashan-330421.csv");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter((line) -> !line.isBlank()).map((line) -> {
				List<String> fields = ChinaDivisionFiles.parse(line);
				String parent = fields.get(3).isEmpty() ? null : fields.get(3);
				return new RegionRow(fields.get(0), fields.get(1), RegionLevel.valueOf(fields.get(2)), parent);
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
