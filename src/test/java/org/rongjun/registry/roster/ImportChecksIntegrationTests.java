package org.rongjun.registry.roster;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.shared.IdNumber;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.XIJIE;
import static org.rongjun.registry.RegistryFixtures.veteran;

/**
 * What imported rosters leave for staff (issue 11): files already stored whose ID or
 * account number looks rounded by Excel, listed for review with a workbench line; people
 * whose roster remark said they died, flagged for a death check instead of passing as
 * plainly living.
 */
@IntegrationTest
class ImportChecksIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void storedNumbersThatLookRoundedByExcelAreListedUntilReviewed() {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		String rounded = endingInThreeZeros("19710203");
		Map<String, Object> draft = veteran("陈旧号", rounded, XIJIE);
		draft.put("bankName", "中国农业银行");
		draft.put("bankAccount", "6222021203009880000");
		long id = clerk.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
		long plain = clerk
			.post("/api/registry/veterans", veteran("正常号",
					IdNumber.parse(org.rongjun.support.IdNumbers.idNumber("330421", "19710204", 123)).value(), XIJIE))
			.expect(201)
			.json()
			.get("id")
			.asLong();

		List<JsonNode> listed = suspects(clerk);
		assertThat(listed).filteredOn((s) -> s.get("veteranId").asLong() == id)
			.extracting((s) -> s.get("field").asString())
			.containsExactlyInAnyOrder("ID_NUMBER", "BANK_ACCOUNT");
		assertThat(listed).noneMatch((s) -> s.get("veteranId").asLong() == plain);
		assertThat(listed).filteredOn((s) -> s.get("veteranId").asLong() == id)
			.allMatch((s) -> s.get("reason").asString().contains("15位有效数字"));
		assertThat(ApiClient.loggedIn(this.port, "dayun.staff")
			.get("/api/registry/number-checks?size=200")
			.expect(200)
			.json()
			.get("items")
			.findValuesAsString("name")).as("another township's files are not listed").doesNotContain("陈旧号");
		long before = workbenchCount(clerk, "registry.number-checks");
		assertThat(before).isPositive();

		clerk.post("/api/registry/veterans/" + id + "/number-review", Map.of("field", "ID_NUMBER", "note", "已核对身份证原件"))
			.expect(204);
		assertThat(suspects(clerk)).filteredOn((s) -> s.get("veteranId").asLong() == id)
			.extracting((s) -> s.get("field").asString())
			.containsExactly("BANK_ACCOUNT");
		assertThat(workbenchCount(clerk, "registry.number-checks")).isEqualTo(before - 1);
		clerk.post("/api/registry/veterans/" + plain + "/number-review", Map.of("field", "ID_NUMBER")).expect(404);
		ApiClient.loggedIn(this.port, "dayun.staff")
			.post("/api/registry/veterans/" + id + "/number-review", Map.of("field", "BANK_ACCOUNT"))
			.expect(404);
	}

	@Test
	void aRemarkSayingThePersonDiedIsCheckedOnTheWorkbenchNotTakenAsADeath() throws Exception {
		ApiClient clerk = ApiClient.loggedIn(this.port, "xitang.staff");
		RosterImports.importAndWait(clerk, this.port, "去世备注.xlsx", MessyRosters.xlsx(3));
		String zhang = IdNumber.parse(MessyRosters.zhang15(3)).masked();
		JsonNode checks = clerk.get("/api/registry/death-checks?size=200").expect(200).json().get("items");
		JsonNode flagged = null;
		for (JsonNode check : checks) {
			if (check.get("name").asString().equals("张志强") && check.get("note").asString().equals("已故")) {
				JsonNode file = clerk.get("/api/registry/veterans/" + check.get("veteranId").asLong())
					.expect(200)
					.json();
				if (file.get("idNumberMasked").asString().equals(zhang)) {
					flagged = file;
				}
			}
		}
		assertThat(flagged).as("张志强 flagged for a death check").isNotNull();
		assertThat(flagged.get("deathDate").isNull()).as("not recorded as dead on a remark's word").isTrue();
		assertThat(flagged.get("deathCheckNote").asString()).isEqualTo("已故");
		assertThat(workbenchCount(clerk, "registry.death-checks")).isPositive();

		long id = flagged.get("id").asLong();
		ApiClient.loggedIn(this.port, "dayun.staff")
			.post("/api/registry/veterans/" + id + "/death-check-cleared", Map.of())
			.expect(404);
		clerk.post("/api/registry/veterans/" + id + "/death-check-cleared", Map.of()).expect(204);
		assertThat(clerk.get("/api/registry/veterans/" + id).expect(200).json().get("deathCheckNote").isNull())
			.isTrue();
		assertThat(clerk.get("/api/registry/death-checks?size=200")
			.expect(200)
			.json()
			.get("items")
			.findValues("veteranId")
			.stream()
			.map(JsonNode::asLong)
			.toList()).doesNotContain(id);
	}

	/**
	 * A valid ID number born on or after {@code birth} whose last three digits are 000.
	 */
	private static String endingInThreeZeros(String birth) {
		java.time.LocalDate day = java.time.LocalDate.parse(birth, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
		for (int days = 0; days < 366; days++) {
			String date = day.plusDays(days).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
			for (int first = 1; first <= 9; first++) {
				String first17 = "330421" + date + first + "00";
				if (IdNumber.checkCharFor(first17) == '0' && IdNumber.isValid(first17 + "0")) {
					return first17 + "0";
				}
			}
		}
		throw new IllegalStateException("no ID ending in 000 born after " + birth);
	}

	private static List<JsonNode> suspects(ApiClient clerk) {
		List<JsonNode> items = new java.util.ArrayList<>();
		clerk.get("/api/registry/number-checks?size=200").expect(200).json().get("items").forEach(items::add);
		return items;
	}

	private static long workbenchCount(ApiClient clerk, String key) {
		for (JsonNode item : clerk.get("/api/workbench").expect(200).json()) {
			if (item.get("key").asString().equals(key)) {
				return item.get("count").asLong();
			}
		}
		throw new AssertionError("no workbench line " + key);
	}

}
