package org.rongjun.registry;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;

@IntegrationTest
class BeneficiaryIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient xitang;

	long veteran;

	@BeforeEach
	void registerAVeteran() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.veteran = this.xitang.post("/api/registry/veterans", veteran("施荣军", idNumber(), XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	@Test
	void everyStatusChangeIsWrittenToTheHistoryWithWhoAndWhy() {
		long id = disabledVeteran();
		change(id, "RECEIVING", null, null).expect(200);
		change(id, "SUSPENDED", "未参加年度确认", null).expect(200);
		change(id, "RECEIVING", "已补办年度确认", null).expect(200);
		JsonNode deceased = change(id, "DECEASED", "2026年3月去世", "2026-03").expect(200).json();
		assertThat(deceased.get("status").asString()).isEqualTo("DECEASED");
		JsonNode history = this.xitang.get("/api/registry/beneficiaries/" + id + "/status-changes").expect(200).json();
		assertThat(history.size()).isEqualTo(5);
		assertThat(history.get(0).get("fromStatus").isNull()).isTrue();
		assertThat(history.get(0).get("toStatus").asString()).isEqualTo("ACCEPTED");
		assertThat(history.get(2).get("reason").asString()).isEqualTo("未参加年度确认");
		assertThat(history.get(4).get("fromStatus").asString()).isEqualTo("RECEIVING");
		assertThat(history.get(4).get("paidThroughMonth").asString()).isEqualTo("2026-03");
		history.forEach((line) -> assertThat(line.get("changedBy").asString()).isEqualTo("xitang.staff"));
	}

	@Test
	void nothingLeavesDeceasedOrCancelled() {
		long dead = disabledVeteran();
		change(dead, "DECEASED", null, null).expect(200);
		JsonNode refused = change(dead, "RECEIVING", null, null).expect(409).json();
		assertThat(refused.get("code").asString()).isEqualTo("STATUS_CHANGE_NOT_ALLOWED");
		long cancelled = category("81");
		change(cancelled, "CANCELLED", "经核查不符合条件", null).expect(200);
		change(cancelled, "ACCEPTED", null, null).expect(409);
		assertThat(this.xitang.get("/api/registry/beneficiaries/" + cancelled + "/status-changes")
			.expect(200)
			.json()
			.size()).isEqualTo(2);
	}

	@Test
	void illegalMovesAndMissingReasonsAreRefused() {
		long id = category("42");
		change(id, "SUSPENDED", "停发", null).expect(409);
		change(id, "RECEIVING", null, null).expect(200);
		assertField(change(id, "PAUSED", " ", null), "reason");
		assertField(change(id, "DECEASED", null, null), "paidThroughMonth");
		assertThat(this.xitang.get("/api/registry/beneficiaries/" + id).expect(200).json().get("status").asString())
			.isEqualTo("RECEIVING");
	}

	@Test
	void disabilityCategoriesNeedGradeAndCauseAndOthersHaveNone() {
		assertField(this.xitang.post(path(), Map.of("category", "11")), "disabilityGrade");
		assertField(
				this.xitang.post(path(), Map.of("category", "11", "disabilityGrade", 11, "disabilityCause", "DUTY")),
				"disabilityGrade");
		assertField(this.xitang.post(path(), Map.of("category", "81", "disabilityGrade", 5, "disabilityCause", "DUTY")),
				"disabilityGrade");
		assertField(this.xitang.post(path(), Map.of("category", "ZZ")), "category");
	}

	@Test
	void aPersonMayHoldSeveralCategoriesButEachOnlyOnce() {
		disabledVeteran();
		category("51");
		assertField(this.xitang.post(path(), Map.of("category", "51")), "category");
		long spouse = this.xitang
			.post("/api/registry/veterans/" + this.veteran + "/family-members",
					Map.of("relationship", "10", "name", "施妻"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		JsonNode survivor = this.xitang.post(path(), Map.of("category", "51", "familyMemberId", spouse))
			.expect(201)
			.json();
		assertThat(survivor.get("personName").asString()).isEqualTo("施妻");
		assertThat(this.xitang.get(path()).expect(200).json().size()).isEqualTo(3);
	}

	@Test
	void illnessDisabilityOfGradeSevenToTenDoesNotReceiveAPension() {
		long id = this.xitang.post(path(), Map.of("category", "11", "disabilityGrade", 8, "disabilityCause", "ILLNESS"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		change(id, "RECEIVING", null, null).expect(409);
	}

	@Test
	void anotherTownshipCannotChangeTheStatus() {
		long id = category("81");
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		dayun.get("/api/registry/beneficiaries/" + id).expect(404);
		dayun.post("/api/registry/beneficiaries/" + id + "/status-changes", Map.of("status", "RECEIVING")).expect(404);
		ApiClient.loggedIn(this.port, "xijie.staff")
			.post("/api/registry/beneficiaries/" + id + "/status-changes", Map.of("status", "RECEIVING"))
			.expect(403);
	}

	private long disabledVeteran() {
		return this.xitang
			.post(path(), Map.of("category", "11", "disabilityGrade", 6, "disabilityCause", "COMBAT", "certificateNo",
					"浙残军字001"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	@Test
	void householdTypeAndTheLonelyElderlyMarkAreRecordedAndCorrectedOnlyInsideTheScope() {
		Map<String, Object> body = new HashMap<>(Map.of("category", "21", "householdType", "RURAL"));
		JsonNode added = this.xitang.post(path(), body).expect(201).json();
		assertThat(added.get("householdType").asString()).isEqualTo("RURAL");
		assertThat(added.get("lonelyElderly").asBoolean()).isFalse();
		long id = added.get("id").asLong();

		String attributes = "/api/registry/beneficiaries/" + id + "/payment-attributes";
		ApiClient.loggedIn(this.port, "dayun.staff")
			.put(attributes, Map.of("householdType", "URBAN", "lonelyElderly", true))
			.expect(404);
		JsonNode corrected = this.xitang.put(attributes, Map.of("householdType", "URBAN", "lonelyElderly", true))
			.expect(200)
			.json();
		assertThat(corrected.get("householdType").asString()).isEqualTo("URBAN");
		assertThat(corrected.get("lonelyElderly").asBoolean()).isTrue();
		this.xitang.put(attributes, Map.of("householdType", "SUBURBAN")).expect(400);
		assertThat(
				this.xitang.get("/api/registry/beneficiaries/" + id).expect(200).json().get("householdType").asString())
			.isEqualTo("URBAN");
	}

	private long category(String category) {
		return this.xitang.post(path(), Map.of("category", category)).expect(201).json().get("id").asLong();
	}

	private String path() {
		return "/api/registry/veterans/" + this.veteran + "/beneficiaries";
	}

	private ApiClient.Response change(long id, String status, String reason, String paidThroughMonth) {
		Map<String, Object> body = new HashMap<>();
		body.put("status", status);
		body.put("reason", reason);
		body.put("paidThroughMonth", paidThroughMonth);
		return this.xitang.post("/api/registry/beneficiaries/" + id + "/status-changes", body);
	}

	private static void assertField(ApiClient.Response response, String field) {
		JsonNode problem = response.expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
