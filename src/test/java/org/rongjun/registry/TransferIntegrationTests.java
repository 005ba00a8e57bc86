package org.rongjun.registry;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.DAYUN;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;
import static org.rongjun.support.Today.TODAY;

@IntegrationTest
@CalendarSensitive
class TransferIntegrationTests {

	private static final int YEAR = TODAY.getYear();

	@LocalServerPort
	int port;

	ApiClient xitang;

	ApiClient dayun;

	long veteran;

	long receiving;

	@BeforeEach
	void registerAVeteranReceivingBenefits() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		this.veteran = this.xitang.post("/api/registry/veterans", veteran("迁荣华", idNumber(), XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		this.receiving = this.xitang
			.post("/api/registry/veterans/" + this.veteran + "/beneficiaries", Map.of("category", "41"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		this.xitang
			.post("/api/registry/beneficiaries/" + this.receiving + "/status-changes", Map.of("status", "RECEIVING"))
			.expect(200);
	}

	@Test
	void aTransferWaitsForTheReceivingSideAndTheSenderCannotApproveIt() {
		JsonNode request = requestTransfer(this.xitang, DAYUN).expect(201).json();
		assertThat(request.get("status").asString()).isEqualTo("PENDING");
		assertThat(request.get("toRegionName").asString()).isEqualTo("大云镇");
		long id = request.get("id").asLong();

		this.xitang.post("/api/registry/transfers/" + id + "/approval", Map.of()).expect(403);
		assertThat(veteranRegion(this.xitang)).isEqualTo(XITANG);
		assertThat(ids(this.dayun.get("/api/registry/transfers?direction=incoming&status=PENDING"))).contains(id);
		assertThat(ids(this.xitang.get("/api/registry/transfers?direction=outgoing"))).contains(id);
		assertThat(ids(this.xitang.get("/api/registry/transfers?direction=incoming"))).doesNotContain(id);
		requestTransfer(this.xitang, DAYUN).expect(409);
	}

	@Test
	void aCountyUserWhoAskedCannotApproveTheirOwnRequest() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long id = requestTransfer(county, DAYUN).expect(201).json().get("id").asLong();
		JsonNode refused = county.post("/api/registry/transfers/" + id + "/approval", Map.of()).expect(403).json();
		assertThat(refused.get("code").asString()).isEqualTo("SAME_PERSON");
		assertThat(refused.get("detail").asString()).contains("自己");
		this.dayun.post("/api/registry/transfers/" + id + "/approval", Map.of()).expect(200);
	}

	@Test
	void approvalMovesTheVeteranAndTheOldCountyPaysThroughDecemberTheNewOneFromJanuary() {
		long id = requestTransfer(this.xitang, DAYUN).expect(201).json().get("id").asLong();
		JsonNode approved = this.dayun.post("/api/registry/transfers/" + id + "/approval", Map.of()).expect(200).json();

		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("decidedBy").asString()).isEqualTo("dayun.staff");
		assertThat(approved.get("paymentCutOver").get("oldCountyPaysThrough").asString()).isEqualTo(YEAR + "-12");
		assertThat(approved.get("paymentCutOver").get("newCountyPaysFrom").asString()).isEqualTo((YEAR + 1) + "-01");
		assertThat(veteranRegion(this.dayun)).isEqualTo(DAYUN);
		this.xitang.get("/api/registry/veterans/" + this.veteran).expect(404);
		assertThat(this.dayun.get("/api/registry/veterans?q=迁荣华").expect(200).json().get("items").size())
			.isGreaterThan(0);

		JsonNode beneficiary = this.dayun.get("/api/registry/beneficiaries/" + this.receiving).expect(200).json();
		assertThat(beneficiary.get("status").asString()).isEqualTo("RECEIVING");
		JsonNode history = this.dayun.get("/api/registry/beneficiaries/" + this.receiving + "/status-changes")
			.expect(200)
			.json();
		JsonNode last = history.get(history.size() - 1);
		assertThat(last.get("fromStatus").asString()).isEqualTo("RECEIVING");
		assertThat(last.get("toStatus").asString()).isEqualTo("RECEIVING");
		assertThat(last.get("paidThroughMonth").asString()).isEqualTo(YEAR + "-12");
		assertThat(last.get("reason").asString()).contains("西塘镇", "大云镇", (YEAR + 1) + "年1月");
	}

	@Test
	void rejectionKeepsTheVeteranWhereTheyWere() {
		long id = requestTransfer(this.xitang, DAYUN).expect(201).json().get("id").asLong();
		this.dayun.post("/api/registry/transfers/" + id + "/rejection", Map.of("reason", " ")).expect(400);
		JsonNode rejected = this.dayun.post("/api/registry/transfers/" + id + "/rejection", Map.of("reason", "材料不全"))
			.expect(200)
			.json();
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("decisionReason").asString()).isEqualTo("材料不全");
		assertThat(veteranRegion(this.xitang)).isEqualTo(XITANG);
		this.dayun.post("/api/registry/transfers/" + id + "/approval", Map.of()).expect(409);
	}

	@Test
	void theTargetMustBeAnotherCurrentRegion() {
		assertField(requestTransfer(this.xitang, XITANG), "toRegionCode");
		assertField(requestTransfer(this.xitang, "330421999000"), "toRegionCode");
		requestTransfer(this.dayun, XITANG).expect(404);
	}

	private ApiClient.Response requestTransfer(ApiClient client, String toRegion) {
		return client.post("/api/registry/veterans/" + this.veteran + "/transfers",
				Map.of("toRegionCode", toRegion, "reason", "随子女居住"));
	}

	private String veteranRegion(ApiClient client) {
		return client.get("/api/registry/veterans/" + this.veteran)
			.expect(200)
			.json()
			.get("householdRegionCode")
			.asString();
	}

	private static java.util.List<Long> ids(ApiClient.Response response) {
		java.util.List<Long> ids = new java.util.ArrayList<>();
		response.expect(200).json().get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private static void assertField(ApiClient.Response response, String field) {
		JsonNode problem = response.expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
