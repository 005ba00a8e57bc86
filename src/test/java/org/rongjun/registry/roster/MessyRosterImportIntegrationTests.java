package org.rongjun.registry.roster;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.shared.IdNumber;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster the way a county bureau keeps it (issue 11) imports through the one-step API
 * with no retyping except the rows whose numbers Excel destroyed, which are refused with
 * that cause: {@link MessyRosters} as .xlsx and as a GBK .csv.
 */
@IntegrationTest
class MessyRosterImportIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	MessyRosterImportIntegrationTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void aBureausOwnWorkbookImportsWithoutRetyping() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode job = RosterImports.importAndWait(clerk, this.port, "西塘镇花名册.xlsx", MessyRosters.xlsx(0));

		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("summary").asString()).isEqualTo("共 9 行：新增 4，已存在 0，错误 5，有提示 3（表头在第4行）");
		assertThat(theWorkbooksPeopleAsStored(0)).isTrue();

		List<List<String>> file = RosterImportIntegrationTests
			.read(RosterImports.download(clerk, this.port, job.get("id").asLong()), Format.XLSX);
		assertThat(file.get(0)).as("the file's own headings, the two-row one read as one")
			.startsWith("序号", "姓名", "性别", "民族", "公民身份号码")
			.contains("入伍时间", "退役时间")
			.endsWith("处理结果", "错误原因");
		Map<String, String> reasons = reasonsByName(file);
		assertThat(reasons.get("李卫东")).as("several errors of one row, each naming its column, with cause and fix")
			.contains("公民身份号码：Excel 把此列存成了数字")
			.contains("银行卡号：Excel 把此列存成了数字")
			.contains("15位有效数字")
			.contains("设置为“文本”格式后重新录入");
		assertThat(reasons.get("赵明")).contains("户籍所在地：").contains("嘉善县西塘镇下甸庙社区").contains("嘉善县西塘镇下甸庙村委会");
		assertThat(reasons.get("钱伟")).contains("户籍所在地：“大云社区”是嘉善县大云镇大云社区，不在您的数据范围内");
		assertThat(reasons.get("吴刚")).contains("性别：").contains("与身份证号不一致");
		assertThat(reasons.get("王建国")).contains("公民身份号码：身份证号在本文件中重复");
		assertThat(reasons.get("孙立")).contains("民族：").contains("火星族").contains("已记入备注");
		assertThat(reasons.get("周红")).contains("人员类别：").contains("伤残等级：").contains("伤残性质：");
		assertThat(this.jdbc.sql("select count(*) from registry.veteran where name = '李卫东'").query(Long.class).single())
			.as("a number Excel damaged is never stored")
			.isZero();

		long wang = idOf(MessyRosters.wang(0));
		JsonNode file0 = clerk.get("/api/registry/veterans/" + wang).expect(200).json();
		assertThat(file0.get("enlistmentDate").asString()).as("a month stays a month in the API").isEqualTo("1988-03");
		assertThat(file0.get("dischargeDate").asString()).isEqualTo("1992-12");
	}

	@Test
	void theSameRosterSavedAsAGbkCsvImportsTheSame() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode job = RosterImports.importAndWait(clerk, this.port, "西塘镇花名册.csv", MessyRosters.gbkCsv(1));

		assertThat(job.get("summary").asString()).isEqualTo("共 9 行：新增 4，已存在 0，错误 5，有提示 3（表头在第3行）");
		assertThat(theWorkbooksPeopleAsStored(1)).isTrue();
		Map<String, String> reasons = reasonsByName(RosterImportIntegrationTests
			.read(RosterImports.download(clerk, this.port, job.get("id").asLong()), Format.CSV));
		assertThat(reasons.get("李卫东")).contains("公民身份号码：Excel 把此列存成了数字（读到“3.30421E+17”）")
			.contains("银行卡号：Excel 把此列存成了数字（读到“6.22202E+18”）");
	}

	@Test
	void importingTheBureausRosterAgainAddsNothing() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		RosterImports.importAndWait(clerk, this.port, "一.xlsx", MessyRosters.xlsx(2));
		JsonNode again = RosterImports.importAndWait(clerk, this.port, "二.xlsx", MessyRosters.xlsx(2));
		assertThat(again.get("summary").asString()).startsWith("共 9 行：新增 0，已存在 4，错误 5");
	}

	@Test
	void aSynonymAnAdministratorAddsIsReadByTheNextImport() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		String before = org.rongjun.support.IdNumbers.idNumber("330421", "19630303", 311);
		String after = org.rongjun.support.IdNumbers.idNumber("330421", "19630304", 313);
		JsonNode first = RosterImports.importAndWait(clerk, this.port, "老党员.csv", roster(before));
		assertThat(first.get("summary").asString()).isEqualTo("共 1 行：新增 1，已存在 0，错误 0，有提示 1");
		assertThat(row(before)).containsEntry("political_status", null);
		assertThat((String) row(before).get("remark")).contains("政治面貌：老党员");

		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		JsonNode synonym = admin
			.post("/api/registry/dictionaries/POLITICAL_STATUS/synonyms", Map.of("synonym", "老党员", "code", "01"))
			.expect(201)
			.json();
		assertThat(synonym.get("label").asString()).isEqualTo("中共党员");
		admin.post("/api/registry/dictionaries/POLITICAL_STATUS/synonyms", Map.of("synonym", "团员", "code", "01"))
			.expect(400);
		clerk.post("/api/registry/dictionaries/POLITICAL_STATUS/synonyms", Map.of("synonym", "老团员", "code", "03"))
			.expect(403);
		assertThat(clerk.get("/api/registry/dictionaries/POLITICAL_STATUS/synonyms").expect(200).body())
			.contains("老党员");

		JsonNode second = RosterImports.importAndWait(clerk, this.port, "老党员2.csv", roster(after));
		assertThat(second.get("summary").asString()).isEqualTo("共 1 行：新增 1，已存在 0，错误 0");
		assertThat(row(after)).containsEntry("political_status", "01").containsEntry("remark", null);
		admin.delete("/api/registry/dictionaries/POLITICAL_STATUS/synonyms/" + synonym.get("id").asLong()).expect(204);
	}

	private static byte[] roster(String idNumber) {
		return RosterImportIntegrationTests.write(
				List.of(List.of("姓名", "公民身份号码", "户籍所在地", "政治面貌"), List.of("郑老兵", idNumber, "西塘镇西街社区", "老党员")),
				Format.CSV);
	}

	/** What the rows read without error became, field by field. */
	private boolean theWorkbooksPeopleAsStored(int variant) {
		Map<String, Object> wang = row(MessyRosters.wang(variant));
		assertThat(wang).containsEntry("name", "王建国")
			.containsEntry("household_region_code", "330421103001")
			.containsEntry("enlistment_date", java.sql.Date.valueOf("1988-03-01"))
			.containsEntry("enlistment_date_precision", "MONTH")
			.containsEntry("discharge_date", java.sql.Date.valueOf("1992-12-01"))
			.containsEntry("discharge_date_precision", "MONTH")
			.containsEntry("political_status", "01")
			.containsEntry("ethnicity", "01")
			.containsEntry("veteran_type", "2")
			.containsEntry("residence_region_code", "330421103003")
			.containsEntry("phone_mask", "139****1111")
			.containsEntry("bank_name", "中国农业银行")
			.containsEntry("death_check_note", null);
		assertThat((String) wang.get("current_address")).isEqualTo("嘉善县西塘镇塘东社区南苑路5号");
		assertThat((String) wang.get("bank_account_mask")).startsWith("6222").endsWith("1234");

		Map<String, Object> zhang = row(IdNumber.parse(MessyRosters.zhang15(variant)).value());
		assertThat(zhang).containsEntry("name", "张志强")
			.containsEntry("household_region_code", "330421103004")
			.containsEntry("enlistment_date_precision", "MONTH")
			.containsEntry("discharge_date", java.sql.Date.valueOf("1977-03-15"))
			.containsEntry("discharge_date_precision", "DAY")
			.containsEntry("death_check_note", "已故")
			.containsEntry("death_date", null);

		Map<String, Object> sun = row(MessyRosters.sun(variant));
		assertThat(sun).containsEntry("death_check_note", "死亡（2023.05）")
			.containsEntry("political_status", "03")
			.containsEntry("enlistment_date", java.sql.Date.valueOf("1985-03-01"))
			.containsEntry("household_region_code", "330421103002");
		assertThat((String) sun.get("remark")).contains("死亡（2023.05）").contains("民族：火星族");

		Map<String, Object> zhou = row(MessyRosters.zhou(variant));
		assertThat(zhou).containsEntry("gender", "FEMALE").containsEntry("household_region_code", "330421103003");
		assertThat((String) zhou.get("remark")).contains("人员类别：伤残军人").contains("伤残等级：七级").contains("伤残性质：因战");
		return true;
	}

	private Map<String, Object> row(String idNumber) {
		return this.jdbc.sql("select * from registry.veteran where id = :id")
			.param("id", idOf(idNumber))
			.query()
			.singleRow();
	}

	private long idOf(String idNumber) {
		return this.jdbc.sql("select id from registry.veteran where id_number_mask = :mask and birth_date = :birth")
			.param("mask", IdNumber.parse(idNumber).masked())
			.param("birth", IdNumber.parse(idNumber).birthDate())
			.query(Long.class)
			.single();
	}

	/** The error file's reasons by the row's name (its second column). */
	private static Map<String, String> reasonsByName(List<List<String>> file) {
		Map<String, String> reasons = new java.util.HashMap<>();
		for (List<String> row : file.subList(1, file.size())) {
			reasons.merge(row.get(1), row.get(row.size() - 1), (a, b) -> a + " | " + b);
		}
		return reasons;
	}

}
