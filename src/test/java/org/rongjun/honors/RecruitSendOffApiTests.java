package org.rongjun.honors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.honors.HonorsFixtures.DAYUN;
import static org.rongjun.honors.HonorsFixtures.XIJIE;
import static org.rongjun.honors.HonorsFixtures.XITANG;
import static org.rongjun.support.Today.TODAY;

/**
 * Recruit send-offs (征兵工作条例 Art 47) and the plaques they queue for conscript families.
 */
@IntegrationTest
@CalendarSensitive
class RecruitSendOffApiTests {

	@LocalServerPort
	int port;

	@Test
	void importedRecruitsFamiliesAreQueuedForAPlaqueSharingAVeteransHouseholdAtTheSameAddress() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		HonorsFixtures.registerVeteran(xitang, "送兵父", XIJIE, "西街送兵弄1号");
		xitang.post("/api/honors/plaque-households/refresh", Map.of()).expect(200);
		long sendOff = xitang
			.post("/api/honors/send-offs",
					Map.of("title", "西塘镇欢送新兵", "sendOffOn", TODAY.toString(), "place", "镇政府广场", "regionCode", XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();

		byte[] list = HonorsFixtures.csv(List.of(List.of("送兵子", XIJIE, "西街送兵弄1号", "送兵父", "父亲", "某部"),
				List.of("新兵甲", XIJIE, "西街送兵弄9号", "甲母", "母亲", "某部"), List.of("新兵甲", XIJIE, "西街送兵弄9号", "甲母", "母亲", "某部"),
				List.of("外镇兵", DAYUN, "大云某村1号", "", "", ""), List.of("", XIJIE, "西街1号", "", "", "")));
		JsonNode result = HonorsFixtures
			.upload(this.port, xitang, "/api/honors/send-offs/" + sendOff + "/recruits", "新兵名单.csv", list)
			.expect(200)
			.json();
		assertThat(result.get("accepted").asInt()).isEqualTo(2);
		assertThat(result.get("rejected").findValuesAsString("reason")).hasSize(3);
		assertThat(result.get("rejected").get(0).get("row").asInt()).isEqualTo(4);

		JsonNode recruits = xitang.get("/api/honors/send-offs/" + sendOff + "/recruits").expect(200).json();
		assertThat(recruits.findValuesAsString("name")).containsExactly("送兵子", "新兵甲");
		assertThat(recruits.get(0).get("householdId").isNull()).isFalse();

		JsonNode shared = xitang.get("/api/honors/plaque-households?name=" + encode("送兵父")).expect(200).json();
		assertThat(shared.get("total").asLong()).isEqualTo(1);
		JsonNode household = shared.get("items").get(0);
		assertThat(household.get("id").asLong()).isEqualTo(recruits.get(0).get("householdId").asLong());
		assertThat(household.get("conscriptFamily").asBoolean()).isTrue();
		assertThat(household.get("bases").get(0).asString()).isEqualTo("VETERAN");
		JsonNode queued = xitang.get("/api/honors/plaque-households?unhung=true&name=" + encode("新兵甲"))
			.expect(200)
			.json();
		assertThat(queued.get("total").asLong()).isEqualTo(1);

		JsonNode notified = xitang
			.post("/api/honors/send-offs/" + sendOff + "/family-notification", Map.of("notifiedOn", TODAY.toString()))
			.expect(200)
			.json();
		assertThat(notified.get("familiesNotifiedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(notified.get("recruitCount").asLong()).isEqualTo(2);
	}

	@Test
	void anotherTownshipCannotSeeOrFillASendOff() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long sendOff = xitang
			.post("/api/honors/send-offs",
					Map.of("title", "隔离欢送", "sendOffOn", TODAY.toString(), "place", "广场", "regionCode", XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		dayun.get("/api/honors/send-offs/" + sendOff).expect(404);
		HonorsFixtures
			.upload(this.port, dayun, "/api/honors/send-offs/" + sendOff + "/recruits", "x.csv",
					HonorsFixtures.csv(List.of(List.of("某兵", DAYUN, "大云1号", "", "", ""))))
			.expect(404);
		dayun
			.post("/api/honors/send-offs",
					Map.of("title", "越界欢送", "sendOffOn", TODAY.toString(), "place", "广场", "regionCode", XITANG))
			.expect(403);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
