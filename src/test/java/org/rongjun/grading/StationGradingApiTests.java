package org.rongjun.grading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.honors.HonorsFixtures;
import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.support.Today.TODAY;

/**
 * Station grading 有→优→精 (保障法 Art 65 服务站点建设; the "五有" and the county's own criteria as
 * data): self-assessment with evidence, the township's review, the county's rating by a
 * second person, improvement tasks, the grade on the station.
 */
@IntegrationTest
@CalendarSensitive
class StationGradingApiTests {

	@LocalServerPort
	int port;

	@Test
	void aVillageStationIsSelfAssessedWithEvidenceReviewedByItsTownshipAndRatedByTheCounty() {
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		int year = TODAY.getYear() - 1;
		long station = stationOf(village, "330421103001");
		JsonNode set = village.get("/api/grading/criteria/current?grade=GOOD&year=" + year).expect(200).json();
		assertThat(set.get("passScore").asInt()).isEqualTo(80);
		assertThat(set.get("source").asString()).isNotBlank();
		List<Long> criteria = set.get("criteria").findValuesAsString("id").stream().map(Long::valueOf).toList();

		long id = village.post("/api/grading/assessments", draft(station, year, "GOOD", claims(criteria, -1)))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		JsonNode noEvidence = village.post("/api/grading/assessments/" + id + "/submission", Map.of())
			.expect(400)
			.json();
		assertThat(noEvidence.get("errors").get(0).get("field").asString()).isEqualTo("evidence");
		HonorsFixtures
			.upload(this.port, village, "/api/grading/assessments/" + id + "/evidence", "场所照片.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8))
			.expect(201);
		JsonNode submitted = village.post("/api/grading/assessments/" + id + "/submission", Map.of())
			.expect(200)
			.json();
		assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.get("needsTownshipReview").asBoolean()).isTrue();

		// A village station's self-assessment goes to its township before the county.
		county.post("/api/grading/assessments/" + id + "/rating", judgement(criteria, -1, null)).expect(409);
		ApiClient.loggedIn(this.port, "dayun.staff").get("/api/grading/assessments/" + id).expect(404);
		township.post("/api/grading/assessments/" + id + "/review", judgement(criteria, -1, null)).expect(200);

		JsonNode noDate = county.post("/api/grading/assessments/" + id + "/rating", judgement(criteria, 4, null))
			.expect(400)
			.json();
		assertThat(noDate.get("errors").get(0).get("field").asString()).isEqualTo("improveBy");
		JsonNode rated = county
			.post("/api/grading/assessments/" + id + "/rating", judgement(criteria, 4, TODAY.plusDays(60)))
			.expect(200)
			.json();
		assertThat(rated.get("status").asString()).isEqualTo("RATED");
		assertThat(rated.get("score").asInt()).isEqualTo(80);
		assertThat(rated.get("achieved").asBoolean()).isTrue();
		assertThat(rated.get("tasks").size()).isEqualTo(1);
		assertThat(gradeOf(county, station)).isEqualTo("GOOD");
		assertThat(village.get("/api/grading/stations/" + station + "/history")
			.expect(200)
			.json()
			.findValuesAsString("year")).contains(Integer.toString(year));

		long task = rated.get("tasks").get(0).get("id").asLong();
		JsonNode done = village.post("/api/grading/tasks/" + task + "/completion", Map.of("note", "已补齐回访记录。"))
			.expect(200)
			.json();
		assertThat(done.get("done").asBoolean()).isTrue();
	}

	@Test
	void theCountyRatesOnlyWhatSomeoneElseSubmittedAndAStationFailingTheGradeItHoldsDropsOne() {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		long center = stationOf(maker, "330421000000");
		String before = gradeOf(maker, center);
		// The county's 精 criteria apply from 2024: there is nothing to assess against
		// before.
		JsonNode tooEarly = maker
			.post("/api/grading/assessments",
					draft(center, 2023, "EXCELLENT", List.of(Map.of("criterionId", 1, "met", true))))
			.expect(400)
			.json();
		assertThat(tooEarly.get("errors").get(0).get("field").asString()).isEqualTo("targetGrade");

		int year = TODAY.getYear() - 2;
		List<Long> criteria = maker.get("/api/grading/criteria/current?grade=EXCELLENT&year=" + year)
			.expect(200)
			.json()
			.get("criteria")
			.findValuesAsString("id")
			.stream()
			.map(Long::valueOf)
			.toList();
		long id = maker.post("/api/grading/assessments", draft(center, year, "EXCELLENT", claims(criteria, -1)))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		maker.post("/api/grading/assessments", draft(center, year, "EXCELLENT", claims(criteria, -1))).expect(409);
		HonorsFixtures
			.upload(this.port, maker, "/api/grading/assessments/" + id + "/evidence", "中心台账.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8))
			.expect(201);
		maker.post("/api/grading/assessments/" + id + "/submission", Map.of()).expect(200);
		JsonNode samePerson = maker.post("/api/grading/assessments/" + id + "/rating", judgement(criteria, -1, null))
			.expect(403)
			.json();
		assertThat(samePerson.get("code").asString()).isEqualTo("SAME_PERSON");

		// One 20-point criterion unmet: 80 < 90, so 精 is not reached.
		JsonNode rated = checker
			.post("/api/grading/assessments/" + id + "/rating", judgement(criteria, 0, TODAY.plusDays(30)))
			.expect(200)
			.json();
		assertThat(rated.get("achieved").asBoolean()).isFalse();
		assertThat(rated.get("score").asInt()).isEqualTo(80);
		String expected = before.equals("EXCELLENT") ? "GOOD" : before;
		assertThat(gradeOf(maker, center)).isEqualTo(expected);
	}

	private static long stationOf(ApiClient client, String regionCode) {
		for (JsonNode s : client.get("/api/grading/stations?size=200").expect(200).json().get("items")) {
			if (s.get("regionCode").asString().equals(regionCode)) {
				return s.get("stationId").asLong();
			}
		}
		throw new AssertionError("no station in " + regionCode);
	}

	private static String gradeOf(ApiClient client, long station) {
		for (JsonNode s : client.get("/api/grading/stations?size=200").expect(200).json().get("items")) {
			if (s.get("stationId").asLong() == station) {
				return s.get("grade").asString();
			}
		}
		throw new AssertionError("station " + station + " not listed");
	}

	/** A finding per criterion, all met but the one at {@code unmet} (-1: none). */
	private static List<Map<String, Object>> claims(List<Long> criteria, int unmet) {
		List<Map<String, Object>> findings = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			findings.add(Map.of("criterionId", criteria.get(i), "met", i != unmet));
		}
		return findings;
	}

	private static Map<String, Object> draft(long station, int year, String grade, List<Map<String, Object>> items) {
		return Map.of("stationId", station, "year", year, "targetGrade", grade, "areaSqm", 120, "rooms", 4,
				"openingHours", "工作日 8:30-17:00", "items", items);
	}

	private static Map<String, Object> judgement(List<Long> criteria, int unmet, java.time.LocalDate improveBy) {
		Map<String, Object> body = new HashMap<>();
		body.put("findings", claims(criteria, unmet));
		body.put("note", "逐项核查");
		if (improveBy != null) {
			body.put("improveBy", improveBy.toString());
		}
		return body;
	}

}
