package org.rongjun.honors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.honors.HonorsFixtures.XIJIE;
import static org.rongjun.honors.HonorsFixtures.registerVeteran;

/**
 * Glory plaques (国办发〔2018〕72号) through the API, as township and county staff use them.
 */
@IntegrationTest
class GloryPlaqueApiTests {

	@LocalServerPort
	int port;

	@Test
	void twoVeteransUnderOneRoofAndAMartyrsSurvivorsGetOnePlaqueEachHouseholdArt2() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long father = registerVeteran(xitang, "牌老兵", XIJIE, "西街 光荣弄1号");
		long son = registerVeteran(xitang, "牌小兵", XIJIE, "西街光荣弄１号");
		long martyr = registerVeteran(xitang, "牌烈士", XIJIE, "西街光荣弄2号");
		long widow = xitang
			.post("/api/registry/veterans/" + martyr + "/family-members", Map.of("relationship", "10", "name", "牌遗孀"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		xitang
			.post("/api/registry/veterans/" + martyr + "/beneficiaries",
					Map.of("familyMemberId", widow, "category", "21"))
			.expect(201);

		JsonNode refresh = xitang.post("/api/honors/plaque-households/refresh", Map.of()).expect(200).json();
		assertThat(refresh.get("households").asLong()).isPositive();

		JsonNode shared = household(xitang, "牌老兵");
		assertThat(shared.get("headName").asString()).isEqualTo("牌老兵、牌小兵");
		assertThat(ids(shared.get("veteranIds"))).containsExactlyInAnyOrder(father, son);
		assertThat(strings(shared.get("bases"))).containsExactly("VETERAN");
		JsonNode survivors = household(xitang, "牌烈士");
		assertThat(strings(survivors.get("bases"))).contains("MARTYR_SURVIVOR");
		assertThat(survivors.get("eligible").asBoolean()).isTrue();

		xitang.post("/api/honors/plaque-households/" + shared.get("id").asLong() + "/plaques", Map.of()).expect(201);
		xitang.post("/api/honors/plaque-households/" + shared.get("id").asLong() + "/plaques", Map.of()).expect(409);
	}

	@Test
	void aPlaqueIsHungWithTheFamilysSignatureReplacedAfterAMoveAndRevokedOnlyWithAReason() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		registerVeteran(xitang, "挂牌人", XIJIE, "西街挂牌弄3号");
		xitang.post("/api/honors/plaque-households/refresh", Map.of()).expect(200);
		long household = household(xitang, "挂牌人").get("id").asLong();
		assertThat(unhungNames(xitang, "挂牌人")).contains("挂牌人");

		long plaque = xitang.post("/api/honors/plaque-households/" + household + "/plaques", Map.of())
			.expect(201)
			.json()
			.get("id")
			.asLong();
		JsonNode unsigned = xitang.post("/api/honors/plaques/" + plaque + "/hanging", Map.of()).expect(400).json();
		assertThat(unsigned.get("errors").get(0).get("field").asString()).isEqualTo("signedBy");
		JsonNode hung = xitang.post("/api/honors/plaques/" + plaque + "/hanging", Map.of("signedBy", "挂牌人之妻"))
			.expect(200)
			.json();
		assertThat(hung.get("status").asString()).isEqualTo("HUNG");
		assertThat(hung.get("hungAddress").asString()).isEqualTo("西街挂牌弄3号");
		assertThat(unhungNames(xitang, "挂牌人")).doesNotContain("挂牌人");

		JsonNode successor = xitang.post("/api/honors/plaques/" + plaque + "/replacement", Map.of("reason", "MOVE"))
			.expect(201)
			.json();
		assertThat(successor.get("status").asString()).isEqualTo("ISSUED");
		assertThat(successor.get("replacesId").asLong()).isEqualTo(plaque);
		assertThat(xitang.get("/api/honors/plaques/" + plaque).expect(200).json().get("status").asString())
			.isEqualTo("REPLACED");
		long next = successor.get("id").asLong();

		JsonNode noReason = xitang.post("/api/honors/plaques/" + next + "/revocation", Map.of("remark", "判处刑罚"))
			.expect(400)
			.json();
		assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
		xitang.post("/api/honors/plaques/" + next + "/revocation", Map.of("reason", "CRIMINAL_PUNISHMENT")).expect(400);
		JsonNode revoked = xitang
			.post("/api/honors/plaques/" + next + "/revocation",
					Map.of("reason", "CRIMINAL_PUNISHMENT", "remark", "家庭成员被判处有期徒刑"))
			.expect(200)
			.json();
		assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");

		JsonNode refused = xitang.post("/api/honors/plaques/" + next + "/hanging", Map.of("signedBy", "家属"))
			.expect(409)
			.json();
		assertThat(refused.get("code").asString()).isEqualTo("PLAQUE_TRANSITION_REFUSED");
		xitang.post("/api/honors/plaque-households/" + household + "/plaques", Map.of()).expect(409);
		xitang.post("/api/honors/plaque-households/refresh", Map.of()).expect(200);
		assertThat(unhungNames(xitang, "挂牌人")).doesNotContain("挂牌人");
	}

	@Test
	void anotherTownshipSeesNeitherTheHouseholdNorItsPlaqueAndCountsOnlyItsOwnStations() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		registerVeteran(xitang, "隔离户", XIJIE, "西街隔离弄5号");
		xitang.post("/api/honors/plaque-households/refresh", Map.of()).expect(200);
		long household = household(xitang, "隔离户").get("id").asLong();
		long plaque = xitang.post("/api/honors/plaque-households/" + household + "/plaques", Map.of())
			.expect(201)
			.json()
			.get("id")
			.asLong();

		dayun.get("/api/honors/plaque-households/" + household).expect(404);
		dayun.get("/api/honors/plaques/" + plaque).expect(404);
		dayun.post("/api/honors/plaques/" + plaque + "/hanging", Map.of("signedBy", "外人")).expect(404);
		assertThat(dayun.get("/api/honors/plaque-households?name=" + encode("隔离户"))
			.expect(200)
			.json()
			.get("total")
			.asLong()).isZero();
		for (JsonNode station : dayun.get("/api/honors/plaque-households/backlog").expect(200).json()) {
			assertThat(station.get("regionCode").asString()).startsWith("330421102");
		}

		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		county.post("/api/honors/plaque-households/refresh", Map.of()).expect(200);
		JsonNode backlog = county.get("/api/honors/plaque-households/backlog").expect(200).json();
		long total = 0;
		for (JsonNode station : backlog) {
			total += station.get("unhung").asLong();
		}
		long unhung = county.get("/api/honors/plaque-households?unhung=true&size=1")
			.expect(200)
			.json()
			.get("total")
			.asLong();
		assertThat(total).isEqualTo(unhung).isPositive();
	}

	@Test
	void theFamilysSignedConfirmationIsFiledOnThePlaqueAndOnlyInScope() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		registerVeteran(xitang, "签字户", XIJIE, "西街签字弄7号");
		xitang.post("/api/honors/plaque-households/refresh", Map.of()).expect(200);
		long household = household(xitang, "签字户").get("id").asLong();
		long plaque = xitang.post("/api/honors/plaque-households/" + household + "/plaques", Map.of())
			.expect(201)
			.json()
			.get("id")
			.asLong();
		byte[] pdf = "%PDF-1.4\n% 签字确认表\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
		JsonNode stored = HonorsFixtures
			.upload(this.port, xitang, "/api/honors/plaques/" + plaque + "/attachments", "签字确认.pdf", pdf)
			.expect(201)
			.json();
		assertThat(stored.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(xitang.get("/api/honors/plaques/" + plaque + "/attachments").expect(200).json().size()).isEqualTo(1);
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		dayun.get("/api/honors/plaques/" + plaque + "/attachments").expect(404);
		dayun.get("/api/honors/plaques/" + plaque + "/attachments/" + stored.get("id").asString()).expect(404);
		HonorsFixtures.upload(this.port, dayun, "/api/honors/plaques/" + plaque + "/attachments", "x.pdf", pdf)
			.expect(404);
	}

	@Test
	void theWorkbenchCountsTheSameUnhungHouseholdsAsTheList() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long unhung = county.get("/api/honors/plaque-households?unhung=true&size=1")
			.expect(200)
			.json()
			.get("total")
			.asLong();
		long counted = -1;
		for (JsonNode item : county.get("/api/workbench").expect(200).json()) {
			if (item.get("key").asString().equals("honors.plaques")) {
				counted = item.get("count").asLong();
			}
		}
		assertThat(counted).isEqualTo(unhung);
	}

	private static JsonNode household(ApiClient client, String name) {
		JsonNode page = client.get("/api/honors/plaque-households?name=" + encode(name)).expect(200).json();
		assertThat(page.get("total").asLong()).isEqualTo(1);
		return page.get("items").get(0);
	}

	/**
	 * Heads of unhung households in 西街 by that name (other tests add many households
	 * there).
	 */
	private static List<String> unhungNames(ApiClient client, String name) {
		List<String> names = new ArrayList<>();
		client
			.get("/api/honors/plaque-households?unhung=true&regionCode=" + XIJIE + "&name=" + encode(name)
					+ "&size=200")
			.expect(200)
			.json()
			.get("items")
			.forEach((item) -> names.add(item.get("headName").asString()));
		return names;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		array.forEach((n) -> ids.add(n.asLong()));
		return ids;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((n) -> values.add(n.asString()));
		return values;
	}

}
