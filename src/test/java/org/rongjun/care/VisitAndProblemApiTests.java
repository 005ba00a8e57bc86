package org.rongjun.care;

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
import static org.rongjun.care.CareFixtures.register;

/**
 * Visits and the problems raised on them (发现-登记-化解-回访, docs/rules.md, care), through the
 * API as township staff of 西塘镇 and 大云镇.
 */
@IntegrationTest
@CalendarSensitive
class VisitAndProblemApiTests {

	private static final String VILLAGE = "330421103207";

	@LocalServerPort
	int port;

	ApiClient xitang;

	ApiClient dayun;

	@BeforeEach
	void logIn() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
	}

	@Test
	void aVisitWithAProblemOpensAProblemThatIsOverdueOnlyAfterItsDeadline() {
		long veteran = register(this.xitang, "沈问题", VILLAGE, true, "SELF_EMPLOYED");
		JsonNode visit = recordVisit(veteran, "屋顶漏雨，需维修", TODAY.plusDays(10).toString()).expect(201).json();
		assertThat(visit.get("subjectName").asString()).isEqualTo("沈问题");
		assertThat(visit.get("fundsFen").asLong()).isEqualTo(50000);
		JsonNode problem = visit.get("problems").get(0);
		long id = problem.get("id").asLong();
		assertThat(problem.get("status").asString()).isEqualTo("OPEN");
		assertThat(problem.get("overdue").asBoolean()).isFalse();

		String overdue = "/api/care/problems?overdue=true&size=200&asOf=";
		assertThat(ids(this.xitang.get(overdue + TODAY.plusDays(10)).expect(200).json())).doesNotContain(id);
		assertThat(ids(this.xitang.get(overdue + TODAY.plusDays(11)).expect(200).json())).contains(id);

		this.xitang.post("/api/care/problems/" + id + "/start", Map.of()).expect(200);
		assertThat(this.xitang.get("/api/care/problems/" + id).expect(200).json().get("status").asString())
			.isEqualTo("IN_PROGRESS");
		assertThat(ids(this.xitang.get(overdue + TODAY.plusDays(11)).expect(200).json())).contains(id);
	}

	@Test
	void resolvingAProblemNeedsAClosingNoteAndTakesItOffTheOverdueList() {
		long veteran = register(this.xitang, "陆办结", VILLAGE, false, "RETIREMENT");
		long id = recordVisit(veteran, "子女就业咨询", TODAY.toString()).expect(201)
			.json()
			.get("problems")
			.get(0)
			.get("id")
			.asLong();
		JsonNode refused = this.xitang.post("/api/care/problems/" + id + "/resolution", Map.of("closingNote", " "))
			.expect(400)
			.json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("closingNote");

		JsonNode resolved = this.xitang
			.post("/api/care/problems/" + id + "/resolution", Map.of("closingNote", "已推荐至县就业服务中心"))
			.expect(200)
			.json();
		assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.get("resolvedBy").asString()).isEqualTo("xitang.staff");
		assertThat(ids(this.xitang.get("/api/care/problems?overdue=true&size=200&asOf=" + TODAY.plusYears(1))
			.expect(200)
			.json())).doesNotContain(id);
		this.xitang.post("/api/care/problems/" + id + "/start", Map.of()).expect(409);
	}

	@Test
	void anotherTownshipNeitherSeesNorRecordsVisitsOutsideItsScope() {
		long veteran = register(this.xitang, "顾范围", VILLAGE, true, "SELF_EMPLOYED");
		JsonNode visit = recordVisit(veteran, "低保申请", TODAY.plusDays(5).toString()).expect(201).json();
		long visitId = visit.get("id").asLong();
		long problemId = visit.get("problems").get(0).get("id").asLong();

		this.dayun.get("/api/care/visits/" + visitId).expect(404);
		this.dayun.get("/api/care/problems/" + problemId).expect(404);
		assertThat(ids(this.dayun.get("/api/care/problems?size=200").expect(200).json())).doesNotContain(problemId);
		assertThat(ids(this.dayun.get("/api/care/visits?size=200").expect(200).json())).doesNotContain(visitId);
		this.dayun.post("/api/care/problems/" + problemId + "/resolution", Map.of("closingNote", "x")).expect(404);
		recordVisit(this.dayun, veteran, "越权", TODAY.toString()).expect(404);
		this.dayun.get("/api/care/visits?regionCode=" + CareFixtures.XITANG).expect(403);
	}

	@Test
	void aVisitCannotBeInTheFutureNorAProblemDueBeforeTheVisit() {
		long veteran = register(this.xitang, "许日期", VILLAGE, false, "SELF_EMPLOYED");
		Map<String, Object> future = Map.of("veteranId", veteran, "kind", "HOME_VISIT", "visitedOn",
				TODAY.plusDays(1).toString(), "visitors", "张伟");
		assertField(this.xitang.post("/api/care/visits", future).expect(400).json(), "visitedOn");
		Map<String, Object> early = Map.of("veteranId", veteran, "kind", "HOME_VISIT", "visitedOn", TODAY.toString(),
				"visitors", "张伟", "problems",
				List.of(Map.of("description", "x", "assignee", "李秀英", "deadline", TODAY.minusDays(1).toString())));
		assertField(this.xitang.post("/api/care/visits", early).expect(400).json(), "problems[0].deadline");
	}

	private ApiClient.Response recordVisit(long veteran, String problem, String deadline) {
		return recordVisit(this.xitang, veteran, problem, deadline);
	}

	private static ApiClient.Response recordVisit(ApiClient client, long veteran, String problem, String deadline) {
		return client.post("/api/care/visits",
				Map.of("veteranId", veteran, "kind", "HOME_VISIT", "visitedOn", TODAY.toString(), "visitors", "张伟、李秀英",
						"location", "家中", "gifts", "米、油", "giftValueFen", 20000, "fundsFen", 50000, "opinions", "身体尚可",
						"problems", List.of(Map.of("description", problem, "assignee", "李秀英", "deadline", deadline))));
	}

	private static void assertField(JsonNode problem, String field) {
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private static List<Long> ids(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("id").asLong()).toList();
	}

}
