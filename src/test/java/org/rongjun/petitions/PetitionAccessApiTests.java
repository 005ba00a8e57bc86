package org.rongjun.petitions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.petitions.PetitionFixtures.ids;
import static org.rongjun.petitions.PetitionFixtures.letter;
import static org.rongjun.petitions.PetitionFixtures.register;

/**
 * Who sees a petition: the scope decides (a township sees its own, not its neighbour's),
 * and the accused of a 检举控告 never do (信访工作条例 Art 30 ¶3, 46(五)); nobody named in a matter
 * handles it (Art 28 ¶3). An overdue petition is escalated to the leader once (Art
 * 44(三)).
 */
@IntegrationTest
@CalendarSensitive
@RecordApplicationEvents
class PetitionAccessApiTests {

	@LocalServerPort
	int port;

	private final PetitionEscalation escalation;

	PetitionAccessApiTests(PetitionEscalation escalation) {
		this.escalation = escalation;
	}

	@Test
	void aTownshipSeesItsOwnPetitionsAndNotItsNeighbours() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		long id = register(county, letter("吴范围", "2026-03-02", "CLAIM", "EMPLOYMENT"));
		assertThat(ids(xitang, "")).contains(id);
		xitang.get("/api/petitions/" + id).expect(200);
		assertThat(ids(dayun, "")).doesNotContain(id);
		dayun.get("/api/petitions/" + id).expect(404);
		dayun.post("/api/petitions/" + id + "/acceptance", Map.of("procedureNote", "x")).expect(404);
		JsonNode outside = dayun.post("/api/petitions", letter("越界登记", "2026-03-02", "CLAIM", "OTHER"))
			.expect(403)
			.json();
		assertThat(outside.get("code").asString()).isEqualTo("OUT_OF_SCOPE");
	}

	@Test
	void theAccusedNeverSeeAnAccusationNorHandleIt() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		ApiClient accused = ApiClient.loggedIn(this.port, "xitang.staff");
		java.util.Map<String, Object> body = letter("郑检举", "2026-03-02", "ACCUSATION", "CONDUCT");
		body.put("accused", List.of("xitang.staff"));
		body.put("accusedUnit", "西塘镇退役军人服务站");
		body.put("content", "检举西塘镇服务站工作人员在办理优待证时索要好处费。");
		long id = register(county, body);

		JsonNode seen = checker.get("/api/petitions/" + id).expect(200).json();
		assertThat(seen.get("content").asString()).contains("索要好处费");
		assertThat(ids(accused, "")).doesNotContain(id);
		assertThat(ids(accused, "&q=" + seen.get("registrationNo").asString())).isEmpty();
		accused.get("/api/petitions/" + id).expect(404);
		accused.get("/api/petitions/" + id + "/letters/acceptance.pdf").expect(404);
		accused.post("/api/petitions/" + id + "/recusals", Map.of("reason", "x")).expect(404);

		JsonNode refused = county.put("/api/petitions/" + id + "/handler", Map.of("handler", "xitang.staff"))
			.expect(409)
			.json();
		assertThat(refused.get("code").asString()).isEqualTo("RECUSAL_REQUIRED");
		county.put("/api/petitions/" + id + "/handler", Map.of("handler", "county.checker")).expect(200);
		JsonNode recused = checker.post("/api/petitions/" + id + "/recusals", Map.of("reason", "与被检举人系亲属"))
			.expect(200)
			.json();
		assertThat(recused.get("handler").isNull()).isTrue();
		assertThat(county.put("/api/petitions/" + id + "/handler", Map.of("handler", "county.checker"))
			.expect(409)
			.json()
			.get("code")
			.asString()).isEqualTo("RECUSAL_REQUIRED");

		// the accused's overdue list (what their workbench counts) leaves it out
		assertThat(ids(accused, "&due=OVERDUE")).doesNotContain(id);
		assertThat(ids(county, "&due=OVERDUE")).contains(id);
	}

	@Test
	void anOverduePetitionIsEscalatedToTheLeaderOnce(ApplicationEvents events) {
		ApiClient desk = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient leader = ApiClient.loggedIn(this.port, "county.checker");
		// Art 23 ¶2: received Mon 2026-03-02, the written notice was due Tue 03-17
		long id = register(desk, letter("冯逾期", "2026-03-02", "SUGGESTION", "HONORS"));
		JsonNode before = desk.get("/api/petitions/" + id).expect(200).json();
		assertThat(PetitionFixtures.clock(before, "NOTICE").get("dueOn").asString()).isEqualTo("2026-03-17");
		assertThat(PetitionFixtures.clock(before, "NOTICE").get("state").asString()).isEqualTo("OVERDUE");
		assertThat(ids(desk, "&due=OVERDUE")).contains(id);

		this.escalation.escalateOverdue();
		this.escalation.escalateOverdue();

		JsonNode after = desk.get("/api/petitions/" + id).expect(200).json();
		assertThat(PetitionFixtures.clock(after, "NOTICE").get("escalated").asBoolean()).isTrue();
		assertThat(after.get("timeline").findValuesAsString("action")).containsOnlyOnce("逾期提级督办");
		assertThat(events.stream(PetitionDeadlineMissed.class).filter((e) -> e.petitionId() == id).count())
			.isEqualTo(1);
		JsonNode items = leader.get("/api/workbench").expect(200).json();
		assertThat(items.findValuesAsString("key")).contains("petitions.escalated", "petitions.overdue");
	}

}
