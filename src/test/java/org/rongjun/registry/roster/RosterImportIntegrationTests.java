package org.rongjun.registry.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.registry.demo.SyntheticPeople;
import org.rongjun.shared.spreadsheet.RowHandler;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.support.IdNumbers.idNumber;

/**
 * The registry's roster import through the API, as a township clerk does it: upload,
 * follow the job, download the error rows; and the export of what was imported.
 */
@IntegrationTest
class RosterImportIntegrationTests {

	static final List<String> XITANG_VILLAGES = List.of("330421103001", "330421103002", "330421103003", "330421103004");

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	RosterImportIntegrationTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void aThousandRowFileWithTenBadRowsRefusesTheFiveMissingARequiredFieldAndKeepsTheOthersWithWarnings()
			throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		byte[] roster = roster(1000, 7L);
		long before = veteranCount();

		JsonNode job = importAndWait(clerk, "西塘名册.xlsx", roster);
		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("summary").asString()).isEqualTo("共 1000 行：新增 995，已存在 0，错误 5，有提示 5");
		assertThat(veteranCount()).isEqualTo(before + 995);

		List<List<String>> errors = read(download(clerk, job.get("id").asLong()), Format.XLSX);
		assertThat(errors.get(0)).endsWith("处理结果", "错误原因");
		assertThat(errors).hasSize(11);
		assertThat(errors.subList(1, 11).stream().map((row) -> row.get(row.size() - 2)))
			.as("only a required field (name, ID number, household) refuses a row")
			.containsOnly("未导入", "已导入，有提示")
			.filteredOn("未导入"::equals)
			.hasSize(5);
		List<String> reasons = errors.subList(1, 11).stream().map((row) -> row.get(row.size() - 1)).toList();
		assertThat(reasons).anyMatch((reason) -> reason.startsWith("身份证号：") && reason.contains("校验码"));
		assertThat(reasons).anyMatch((reason) -> reason.startsWith("户籍区划代码："));
		assertThat(reasons).anyMatch((reason) -> reason.contains("数据范围以外"));
		assertThat(reasons).anyMatch((reason) -> reason.startsWith("姓名："));
		assertThat(reasons).anyMatch((reason) -> reason.startsWith("入伍时间：") && reason.contains("原文已记入备注"));
		assertThat(reasons).anyMatch((reason) -> reason.startsWith("军种：") && reason.contains("骑兵"));
		assertThat(reasons).anyMatch((reason) -> reason.contains("本文件中重复"));
		assertThat(errors.get(1).get(0)).as("the original cells come back").isNotNull();
	}

	@Test
	void importingTheSameFileTwiceAddsNothing() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		byte[] roster = roster(200, 11L);
		JsonNode first = importAndWait(clerk, "第一次.csv", csv(roster));
		assertThat(first.get("summary").asString()).isEqualTo("共 200 行：新增 195，已存在 0，错误 5，有提示 5");
		long after = veteranCount();
		JsonNode second = importAndWait(clerk, "第二次.csv", csv(roster));
		assertThat(second.get("summary").asString()).isEqualTo("共 200 行：新增 0，已存在 195，错误 5");
		assertThat(veteranCount()).isEqualTo(after);
	}

	@Test
	void importedPeopleAreFoundByPinyinInitialsAndInvisibleToAnotherTownship() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		String unique = "诸葛" + "亮";
		List<List<String>> rows = List.of(headers(),
				List.of(unique, idNumber("330421", "19700101", 777), "330421103002", "13900001111", "", "", "", "", "",
						"1988-03-01", "1992-12-01", "陆军", "", "自主就业", "", "否"));
		JsonNode job = importAndWait(clerk, "一个人.csv", write(rows, Format.CSV));
		assertThat(job.get("summary").asString()).isEqualTo("共 1 行：新增 1，已存在 0，错误 0");
		var found = clerk.get("/api/registry/veterans?q=zgl").expect(200).json().get("items");
		assertThat(found.findValuesAsString("name")).contains(unique);
		ApiClient other = ApiClient.loggedIn(this.port, "dayun.staff");
		assertThat(other.get("/api/registry/veterans?q=zgl").expect(200).json().get("items").findValuesAsString("name"))
			.doesNotContain(unique);
	}

	@Test
	void aFileWithoutTheRequiredColumnsFailsWithAClearReason() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		byte[] file = write(List.of(List.of("名字", "电话"), List.of("张三", "13800000000")), Format.CSV);
		JsonNode job = importAndWait(clerk, "缺列.csv", file);
		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("summary").asString()).contains("缺少必填列")
			.contains("身份证号")
			.contains("户籍区划代码（或户籍所在地）")
			.doesNotContain("姓名");
	}

	@Test
	void theExportMasksNumbersForATownshipAndNeutralisesFormulas() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		List<List<String>> rows = List.of(headers(),
				List.of("=HYPERLINK(\"x\")", idNumber("330421", "19650505", 779), "330421103003", "13900002222", "", "",
						"", "", "", "", "", "", "", "", "", "否"),
				List.of("钱学勤", idNumber("330421", "19650506", 781), "330421103003", "13900002223", "", "",
						"=cmd|'/C calc'!A0", "", "", "", "", "", "", "", "", "否"));
		JsonNode job = importAndWait(clerk, "公式.csv", write(rows, Format.CSV));
		assertThat(job.get("summary").asString()).as("a name may not start with =").isEqualTo("共 2 行：新增 1，已存在 0，错误 1");

		var export = clerk.get("/api/registry/veterans/export?format=csv&regionCode=330421103000").expect(200);
		String text = export.body();
		assertThat(text).startsWith("\uFEFF姓名,性别,出生日期,身份证号");
		assertThat(text).contains("钱学勤,男,1965-05-06,3304**********")
			.doesNotContain(idNumber("330421", "19650506", 781));
		assertThat(text).contains("\"'=cmd|'/C calc'!A0\"");
		assertThat(this.jdbc
			.sql("select count(*) from identity.audit_log where action = 'EXPORT' and username = 'xitang.staff'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aVillageLiaisonCannotImportOrExport() {
		ApiClient liaison = ApiClient.loggedIn(this.port, "xijie.staff");
		liaison.get("/api/registry/imports/template").expect(403);
		liaison.get("/api/registry/veterans/export").expect(403);
	}

	/** {@code count} rows in 西塘镇, the last ten of them bad in ten different ways. */
	static byte[] roster(int count, long seed) {
		SyntheticPeople people = new SyntheticPeople(seed, XITANG_VILLAGES, 250);
		List<List<String>> rows = new ArrayList<>();
		rows.add(headers());
		for (int i = 0; i < count; i++) {
			SyntheticPeople.Person p = people.next();
			List<String> row = new ArrayList<>(
					List.of(p.name(), p.idNumber(), p.householdRegionCode(), p.phone(), "", "", "", "", "",
							p.enlistmentDate().toString(), p.dischargeDate().toString(), "陆军", "", "自主就业", "", "否"));
			int bad = i - (count - 10);
			switch (bad) {
				case 0 -> row.set(1, p.idNumber().substring(0, 17) + (p.idNumber().endsWith("0") ? "1" : "0"));
				case 1 -> row.set(2, "330421102001");
				case 2 -> row.set(0, "");
				case 3 -> row.set(9, "九八年");
				case 4 -> row = new ArrayList<>(rows.get(1));
				case 5 -> row.set(3, "12345");
				case 6 -> row.set(11, "骑兵");
				case 7 -> row.set(2, "330421999999");
				case 8 -> row.set(15, "也许");
				case 9 -> row.set(10, "1950-01-01");
				default -> {
				}
			}
			rows.add(row);
		}
		return write(rows, Format.XLSX);
	}

	static List<String> headers() {
		List<String> headers = new ArrayList<>();
		for (RosterColumn column : RosterColumn.values()) {
			headers.add(column.header());
		}
		return headers;
	}

	private JsonNode importAndWait(ApiClient clerk, String fileName, byte[] content) throws Exception {
		return RosterImports.importAndWait(clerk, this.port, fileName, content);
	}

	private byte[] download(ApiClient clerk, long jobId) throws Exception {
		return RosterImports.download(clerk, this.port, jobId);
	}

	private long veteranCount() {
		return this.jdbc.sql("select count(*) from registry.veteran").query(Long.class).single();
	}

	static byte[] write(List<List<String>> rows, Format format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, format, rows.get(0))) {
			rows.subList(1, rows.size()).forEach(writer::row);
		}
		return out.toByteArray();
	}

	private static byte[] csv(byte[] xlsx) {
		List<List<String>> rows = read(xlsx, Format.XLSX);
		return write(rows, Format.CSV);
	}

	static List<List<String>> read(byte[] content, Format format) {
		List<List<String>> rows = new ArrayList<>();
		Spreadsheets.read(new ByteArrayInputStream(content), format, new RowHandler() {
			@Override
			public void header(List<String> names) {
				rows.add(names);
			}

			@Override
			public boolean row(int rowNumber, List<String> cells) {
				rows.add(cells);
				return true;
			}
		});
		return rows;
	}

}
