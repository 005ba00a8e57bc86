package org.rongjun.contact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.contact.ContactFixtures.CHAONAN;
import static org.rongjun.contact.ContactFixtures.DAYUN;
import static org.rongjun.contact.ContactFixtures.XIJIE;
import static org.rongjun.contact.ContactFixtures.XITANG;
import static org.rongjun.contact.ContactFixtures.contact;
import static org.rongjun.contact.ContactFixtures.person;
import static org.rongjun.contact.ContactFixtures.register;
import static org.rongjun.contact.ContactFixtures.staffAt;
import static org.rongjun.contact.ContactFixtures.sync;

/**
 * Liaisons (联络员) and data scope: a village's people are handed to a liaison in bulk, a
 * liaison serves only their station's area, staff who leave hand their people back, a
 * liaison's own page lists their people, and nobody sees or touches people outside their
 * scope.
 */
@IntegrationTest
@CalendarSensitive
class LiaisonApiTests {

	@LocalServerPort
	int port;

	ApiClient county;

	ApiClient xitang;

	ApiClient dayun;

	ApiClient xijie;

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		this.xijie = ApiClient.loggedIn(this.port, "xijie.staff");
	}

	@Test
	void aVillagesPeopleGoToItsLiaisonInBulkAndNewcomersFollow() {
		long before = register(this.county, "吕分配", CHAONAN, false);
		long staff = staffAt(this.county, XITANG);
		JsonNode assigned = this.xitang
			.post("/api/contact/assignments", Map.of("villageCodes", List.of(CHAONAN), "staffId", staff))
			.expect(200)
			.json();
		assertThat(assigned.get("assigned").asLong()).isPositive();
		assertThat(person(this.xitang, before).get("liaisonId").asLong()).isEqualTo(staff);
		assertThat(this.xitang.get("/api/contact/villages?regionCode=" + XITANG)
			.expect(200)
			.json()
			.valueStream()
			.filter((v) -> v.get("villageCode").asString().equals(CHAONAN))
			.findFirst()
			.orElseThrow()
			.get("liaisonId")
			.asLong()).isEqualTo(staff);

		long after = register(this.county, "吕新来", CHAONAN, false);
		sync(this.county, CHAONAN);
		assertThat(person(this.xitang, after).get("liaisonId").asLong()).isEqualTo(staff);
	}

	@Test
	void aLiaisonServesOnlyTheAreaOfTheirStation() {
		long xijieStaff = staffAt(this.county, XIJIE);
		JsonNode refused = this.county
			.post("/api/contact/assignments", Map.of("villageCodes", List.of(CHAONAN), "staffId", xijieStaff))
			.expect(400)
			.json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("villageCodes[0]");
		this.xitang
			.post("/api/contact/assignments",
					Map.of("villageCodes", List.of("330421102201"), "staffId", staffAt(this.county, XITANG)))
			.expect(403);
	}

	@Test
	void whenAStaffMemberLeavesTheirPeopleWaitOnTheNoLiaisonListUntilHandedOver() {
		long veteran = register(this.county, "钟离岗", "330421103004", false);
		JsonNode station = this.county
			.post("/api/organization/stations",
					Map.of("name", "西园社区退役军人服务站（测试）", "regionCode", "330421103004", "grade", "BASIC"))
			.expect(201)
			.json();
		long leaving = this.county
			.post("/api/organization/staff",
					Map.of("stationId", station.get("id").asLong(), "name", "钟网格", "position", "网格员"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		ContactFixtures.assignVillage(this.xitang, "330421103004", leaving);
		assertThat(person(this.xitang, veteran).get("liaisonName").asString()).isEqualTo("钟网格");

		this.county
			.put("/api/organization/staff/" + leaving,
					Map.of("stationId", station.get("id").asLong(), "name", "钟网格", "position", "网格员", "active", false))
			.expect(200);
		JsonNode orphan = person(this.xitang, veteran);
		assertThat(orphan.get("liaisonId").isNull()).isTrue();
		assertThat(ContactFixtures
			.ids(this.xitang.get("/api/contact/people?filter=NO_LIAISON&size=200&regionCode=330421103004&q="
					+ URLEncoder.encode("钟离岗", StandardCharsets.UTF_8))))
			.contains(veteran);

		long successor = staffAt(this.county, XITANG);
		ContactFixtures.assignVillage(this.xitang, "330421103004", successor);
		assertThat(person(this.xitang, veteran).get("liaisonId").asLong()).isEqualTo(successor);
	}

	@Test
	void aLiaisonsOwnPageListsTheirPeopleDueFirstAndRecordsTheirContactsUnderTheirName() {
		JsonNode me = this.xijie.get("/api/contact/me").expect(200).json();
		assertThat(me.get("staff").get("name").asString()).isEqualTo("陆芳");
		JsonNode mine = this.xijie.get("/api/contact/mine?filter=ALL&size=200").expect(200).json();
		assertThat(mine.get("total").asLong()).isPositive();
		assertThat(mine.get("items").valueStream()).allMatch(
				(p) -> p.get("liaisonName").asString().equals("陆芳") && p.get("regionCode").asString().equals(XIJIE));
		List<String> dues = mine.get("items").valueStream().map((p) -> p.get("dueOn").asString()).toList();
		assertThat(dues).isSorted();

		long veteran = mine.get("items").get(0).get("veteranId").asLong();
		Map<String, Object> body = contact(veteran, "PHONE", "STABLE");
		body.remove("contactedBy");
		JsonNode record = this.xijie.post("/api/contact/records", body).expect(201).json();
		assertThat(record.get("contactedBy").asString()).isEqualTo("陆芳");
		assertThat(record.get("liaisonId").asLong()).isEqualTo(me.get("staff").get("id").asLong());
	}

	@Test
	void nobodySeesOrContactsPeopleOutsideTheirScope() {
		long xitangPerson = register(this.county, "范西塘", CHAONAN, false);
		long dayunPerson = register(this.county, "范大云", "330421102201", false);
		sync(this.county, "330421000000");
		this.dayun.get("/api/contact/people/" + xitangPerson).expect(404);
		this.dayun.get("/api/contact/people/" + xitangPerson + "/records").expect(404);
		this.dayun.post("/api/contact/records", contact(xitangPerson, "PHONE", "STABLE")).expect(404);
		this.dayun.get("/api/contact/coverage?regionCode=" + XITANG).expect(403);
		assertThat(ContactFixtures.ids(this.dayun.get("/api/contact/people?size=200&q=范"))).contains(dayunPerson)
			.doesNotContain(xitangPerson);
		JsonNode dayunBoard = this.dayun.get("/api/contact/coverage").expect(200).json();
		assertThat(dayunBoard.get("regionCode").asString()).isEqualTo(DAYUN);
		assertThat(dayunBoard.get("rows").valueStream())
			.allMatch((r) -> r.get("regionCode").asString().startsWith("330421102"));

		this.xijie.get("/api/contact/people/" + xitangPerson).expect(404);
		this.xijie.post("/api/contact/assignments", Map.of("villageCodes", List.of(XIJIE), "staffId", 1)).expect(403);
		assertThat(this.xijie.get("/api/contact/people?size=200").expect(200).json().get("items").valueStream())
			.allMatch((p) -> p.get("regionCode").asString().equals(XIJIE));
	}

}
