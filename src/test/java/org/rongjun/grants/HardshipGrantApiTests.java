package org.rongjun.grants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.support.Today.TODAY;

/**
 * The review chain through the HTTP API as the demo users see it: 西街社区's liaison takes
 * applications in, 西塘镇 reviews up to its cap of 500 yuan, the county above that (rules
 * §3.2); 大云镇 sees none of it.
 */
@IntegrationTest
@CalendarSensitive
class HardshipGrantApiTests {

	static final String COUNTY_CODE = "330421000000";

	@LocalServerPort
	int port;

	ApiClient xijie;

	ApiClient xitang;

	ApiClient county;

	ApiClient dayun;

	long veteran;

	@BeforeEach
	void logIn() {
		this.xijie = ApiClient.loggedIn(this.port, "xijie.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		this.veteran = this.xijie.get("/api/registry/veterans?size=1")
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
	}

	@Test
	void a300YuanApplicationFromTheVillageIsApprovedFinallyByTheTownship() {
		JsonNode applied = apply(this.xijie, 300_00, "PAYMENT_RUN").expect(201).json();
		long id = applied.get("id").asLong();
		assertThat(applied.get("status").asString()).isEqualTo("UNDER_REVIEW");
		assertThat(applied.get("currentLevel").asString()).isEqualTo("TOWNSHIP");
		assertThat(applied.get("regionName").asString()).isEqualTo("西街社区");
		assertThat(applied.get("grantTypeName").asString()).isEqualTo("医疗救助");
		assertThat(ids(this.xitang.get("/api/grants/inbox?size=200"))).contains(id);
		assertThat(ids(this.county.get("/api/grants/inbox?size=200"))).doesNotContain(id);
		assertThat(ids(this.xijie.get("/api/grants/inbox?size=200"))).doesNotContain(id);

		JsonNode approved = decide(this.xitang, id, "APPROVE", null, "经入户核实，情况属实").expect(200).json();
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("approvedFen").asLong()).isEqualTo(300_00);
		assertThat(approved.get("decidedOn").asString()).isEqualTo(TODAY.toString());
		JsonNode trail = approved.get("decisions");
		assertThat(trail.size()).isEqualTo(1);
		assertThat(trail.get(0).get("level").asString()).isEqualTo("TOWNSHIP");
		assertThat(trail.get(0).get("outcome").asString()).isEqualTo("APPROVED");
		assertThat(trail.get(0).get("decidedBy").asString()).isEqualTo("xitang.staff");
		assertThat(trail.get(0).get("remark").asString()).isEqualTo("经入户核实，情况属实");
		assertThat(trail.get(0).get("decidedAt").isNull()).isFalse();
		assertThat(ids(this.xitang.get("/api/grants/inbox?size=200"))).doesNotContain(id);
		decide(this.xitang, id, "APPROVE", null, null).expect(409);
	}

	@Test
	void a2000YuanApplicationIsForwardedByTheTownshipAndApprovedByTheCounty() {
		long id = apply(this.xijie, 2_000_00, "PAYMENT_RUN").expect(201).json().get("id").asLong();
		JsonNode forwarded = decide(this.xitang, id, "APPROVE", 1_800_00L, "建议补助1800元").expect(200).json();
		assertThat(forwarded.get("status").asString()).isEqualTo("UNDER_REVIEW");
		assertThat(forwarded.get("currentLevel").asString()).isEqualTo("COUNTY");
		assertThat(forwarded.get("recommendedFen").asLong()).isEqualTo(1_800_00);
		assertThat(forwarded.get("decisions").get(0).get("outcome").asString()).isEqualTo("FORWARDED");
		assertThat(ids(this.county.get("/api/grants/inbox?size=200"))).contains(id);
		assertThat(ids(this.xitang.get("/api/grants/inbox?size=200"))).doesNotContain(id);
		decide(this.xitang, id, "APPROVE", null, null).expect(403);

		JsonNode approved = decide(this.county, id, "APPROVE", null, "同意").expect(200).json();
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("approvedFen").asLong()).isEqualTo(1_800_00);
		JsonNode trail = approved.get("decisions");
		assertThat(trail.size()).isEqualTo(2);
		assertThat(trail.get(1).get("level").asString()).isEqualTo("COUNTY");
		assertThat(trail.get(1).get("decidedBy").asString()).isEqualTo("county.staff");
	}

	@Test
	void theSubmitterCannotApproveTheirOwnApplication() {
		long id = apply(this.xitang, 300_00, "PAYMENT_RUN").expect(201).json().get("id").asLong();
		JsonNode refused = decide(this.xitang, id, "APPROVE", null, null).expect(403).json();
		assertThat(refused.get("code").asString()).isEqualTo("SAME_PERSON");
		assertThat(refused.get("detail").asString()).contains("自己");
		assertThat(ids(this.xitang.get("/api/grants/inbox?size=200"))).doesNotContain(id);
		assertThat(ids(this.xitang.get("/api/grants?mine=true&size=200"))).contains(id);

		// The county staff who submits for a 西塘 household cannot approve it at the county
		// either.
		long fromCounty = apply(this.county, 3_000_00, "PAYMENT_RUN").expect(201).json().get("id").asLong();
		decide(this.xitang, fromCounty, "FORWARD", null, "金额较大，报县局").expect(200);
		assertThat(decide(this.county, fromCounty, "APPROVE", null, null).expect(403).json().get("detail").asString())
			.contains("自己");
	}

	@Test
	void rejectionNeedsAReasonAndIsFinal() {
		long id = apply(this.xijie, 400_00, "PAYMENT_RUN").expect(201).json().get("id").asLong();
		decide(this.xitang, id, "REJECT", null, "  ").expect(400);
		decide(this.xitang, id, "REJECT", null, null).expect(400);
		JsonNode rejected = decide(this.xitang, id, "REJECT", null, "家庭人均收入高于当地标准").expect(200).json();
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("decisions").get(0).get("remark").asString()).isEqualTo("家庭人均收入高于当地标准");
		decide(this.xitang, id, "APPROVE", null, null).expect(409);
	}

	@Test
	void anotherTownshipCannotSeeOrDecideTheApplication() {
		long id = apply(this.xijie, 300_00, "PAYMENT_RUN").expect(201).json().get("id").asLong();
		this.dayun.get("/api/grants/" + id).expect(404);
		assertThat(ids(this.dayun.get("/api/grants?size=200"))).doesNotContain(id);
		assertThat(ids(this.dayun.get("/api/grants/inbox?size=200"))).doesNotContain(id);
		decide(this.dayun, id, "APPROVE", null, null).expect(404);
		this.xitang.get("/api/grants/" + id).expect(200);
		this.county.get("/api/grants/" + id).expect(200);
	}

	@Test
	void nobodyAppliesForAPersonOutsideTheirScope() {
		Map<String, Object> body = application(300_00, "PAYMENT_RUN");
		this.dayun.post("/api/grants", body).expect(404);
		body.put("requestedFen", 0);
		this.xijie.post("/api/grants", body).expect(400);
		body.put("requestedFen", 100_00);
		body.put("grantType", "NO_SUCH_TYPE");
		this.xijie.post("/api/grants", body).expect(400);
	}

	@Test
	void aReturnedApplicationIsCompletedAndClimbsAgain() {
		long id = apply(this.xijie, 300_00, "PAYMENT_RUN").expect(201).json().get("id").asLong();
		decide(this.xitang, id, "RETURN", null, null).expect(400);
		JsonNode returned = decide(this.xitang, id, "RETURN", null, "请补充住院发票").expect(200).json();
		assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("currentLevel").isNull()).isTrue();

		Map<String, Object> completed = application(350_00, "PAYMENT_RUN");
		completed.put("reason", "住院治疗，已补充发票");
		JsonNode again = this.xijie.put("/api/grants/" + id, completed).expect(200).json();
		assertThat(again.get("status").asString()).isEqualTo("UNDER_REVIEW");
		assertThat(again.get("round").asInt()).isEqualTo(2);
		assertThat(again.get("requestedFen").asLong()).isEqualTo(350_00);
		this.xijie.put("/api/grants/" + id, completed).expect(409);

		JsonNode approved = decide(this.xitang, id, "APPROVE", null, null).expect(200).json();
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("decisions").size()).isEqualTo(2);
		assertThat(approved.get("decisions").get(1).get("round").asInt()).isEqualTo(2);
	}

	@Test
	void anOfflineGrantIsMarkedPaidOnceWithItsVoucher() {
		long id = apply(this.xijie, 200_00, "OFFLINE").expect(201).json().get("id").asLong();
		Map<String, Object> payment = Map.of("paidOn", TODAY.toString(), "method", "现金", "voucher", "XT-2026-001");
		this.xitang.post("/api/grants/" + id + "/offline-payment", payment).expect(409);
		decide(this.xitang, id, "APPROVE", null, null).expect(200);
		this.xijie.post("/api/grants/" + id + "/offline-payment", payment).expect(403);
		JsonNode paid = this.xitang.post("/api/grants/" + id + "/offline-payment", payment).expect(200).json();
		assertThat(paid.get("status").asString()).isEqualTo("PAID");
		assertThat(paid.get("payment").get("method").asString()).isEqualTo("现金");
		assertThat(paid.get("payment").get("voucher").asString()).isEqualTo("XT-2026-001");
		assertThat(paid.get("payment").get("recordedBy").asString()).isEqualTo("xitang.staff");
		this.xitang.post("/api/grants/" + id + "/offline-payment", payment).expect(409);
	}

	@Test
	void theCountyAdministratorSetsTheCapsAndTheTownshipThenApprovesUpToTheNewCap() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		ApiClient townshipAdmin = ApiClient.loggedIn(this.port, "xitang.admin");
		JsonNode defaults = this.xitang.get("/api/grants/policies/" + COUNTY_CODE).expect(200).json();
		assertThat(defaults.get("levels").get(1).get("capFen").asLong()).isEqualTo(500_00);

		Map<String, Object> raised = policy(1_000_00L);
		this.county.put("/api/grants/policies/" + COUNTY_CODE, raised).expect(403);
		townshipAdmin.put("/api/grants/policies/" + COUNTY_CODE, raised).expect(403);
		try {
			JsonNode changed = admin.put("/api/grants/policies/" + COUNTY_CODE, raised).expect(200).json();
			assertThat(changed.get("levels").get(1).get("capFen").asLong()).isEqualTo(1_000_00);
			long id = apply(this.xijie, 800_00, "PAYMENT_RUN").expect(201).json().get("id").asLong();
			assertThat(decide(this.xitang, id, "APPROVE", null, null).expect(200).json().get("status").asString())
				.isEqualTo("APPROVED");
			admin.put("/api/grants/policies/" + COUNTY_CODE, policy(-1L)).expect(400);
		}
		finally {
			admin.put("/api/grants/policies/" + COUNTY_CODE, policy(ReviewPolicy.DEFAULT_TOWNSHIP_CAP_FEN)).expect(200);
		}
	}

	@Test
	void grantTypesAreAListTheAdministratorExtends() {
		JsonNode types = this.xijie.get("/api/grants/types").expect(200).json();
		List<String> codes = new ArrayList<>();
		types.forEach((type) -> codes.add(type.get("code").asString()));
		assertThat(codes).contains("MEDICAL", "HOUSING", "EDUCATION", "LIVING", "ACCIDENT");
		this.xijie.post("/api/grants/types", Map.of("code", "FUNERAL", "name", "丧葬困难")).expect(403);
	}

	private Map<String, Object> policy(long townshipCapFen) {
		return Map.of("levels",
				List.of(Map.of("level", "VILLAGE", "enabled", false),
						Map.of("level", "TOWNSHIP", "enabled", true, "capFen", townshipCapFen),
						Map.of("level", "COUNTY", "enabled", true)));
	}

	private Map<String, Object> application(long requestedFen, String payout) {
		Map<String, Object> body = new HashMap<>();
		body.put("veteranId", this.veteran);
		body.put("grantType", "MEDICAL");
		body.put("requestedFen", requestedFen);
		body.put("reason", "住院治疗，自付费用较高");
		body.put("householdSize", 3);
		body.put("payout", payout);
		return body;
	}

	private ApiClient.Response apply(ApiClient client, long requestedFen, String payout) {
		return client.post("/api/grants", application(requestedFen, payout));
	}

	private static ApiClient.Response decide(ApiClient client, long id, String action, Long amountFen, String remark) {
		Map<String, Object> body = new HashMap<>();
		body.put("action", action);
		body.put("amountFen", amountFen);
		body.put("remark", remark);
		return client.post("/api/grants/" + id + "/decisions", body);
	}

	private static List<Long> ids(ApiClient.Response response) {
		List<Long> ids = new ArrayList<>();
		response.expect(200).json().get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

}
