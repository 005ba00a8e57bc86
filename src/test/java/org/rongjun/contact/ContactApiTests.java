package org.rongjun.contact;

import java.util.HashMap;
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
import static org.rongjun.contact.ContactFixtures.contact;
import static org.rongjun.contact.ContactFixtures.person;
import static org.rongjun.contact.ContactFixtures.register;
import static org.rongjun.contact.ContactFixtures.sync;
import static org.rongjun.support.Today.TODAY;

/**
 * Regular contact through the HTTP API (退役军人保障法 Art 66 服务站加强与退役军人联系沟通, Art 67
 * 及时掌握思想情况和工作生活状况): a contact that reaches the person moves their due day by their
 * group's interval; a call that does not get through only marks the number; the needs
 * heard are tracked as care problems; a care visit is part of the same history.
 */
@IntegrationTest
@CalendarSensitive
class ContactApiTests {

	@LocalServerPort
	int port;

	ApiClient county;

	ApiClient xitang;

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
	}

	@Test
	void aVeteranInDifficultyIsDueAMonthAfterBeingReachedAndAnotherVeteranAQuarterAfter() {
		long hardship = register(this.county, "冯月联", CHAONAN, true);
		long general = register(this.county, "冯季联", CHAONAN, false);
		sync(this.county, CHAONAN);
		JsonNode taken = person(this.xitang, hardship);
		assertThat(taken.get("group").asString()).isEqualTo("HARDSHIP");
		assertThat(taken.get("lastContactOn").isNull()).isTrue();
		assertThat(taken.get("dueOn").asString()).isEqualTo(TODAY.plusMonths(1).toString());

		this.xitang.post("/api/contact/records", contact(hardship, "PHONE", "STABLE")).expect(201);
		this.xitang.post("/api/contact/records", contact(general, "WECHAT", "CONCERN")).expect(201);

		JsonNode monthly = person(this.xitang, hardship);
		assertThat(monthly.get("lastContactOn").asString()).isEqualTo(TODAY.toString());
		assertThat(monthly.get("lastChannel").asString()).isEqualTo("PHONE");
		assertThat(monthly.get("dueOn").asString()).isEqualTo(TODAY.plusMonths(1).toString());
		JsonNode quarterly = person(this.xitang, general);
		assertThat(quarterly.get("group").asString()).isEqualTo("GENERAL");
		assertThat(quarterly.get("lastMood").asString()).isEqualTo("CONCERN");
		assertThat(quarterly.get("dueOn").asString()).isEqualTo(TODAY.plusMonths(3).toString());
	}

	@Test
	void aCallThatDoesNotGetThroughMarksTheNumberUnreachableAndMovesNothingUntilSomeoneIsReached() {
		long veteran = register(this.county, "褚未通", CHAONAN, false);
		sync(this.county, CHAONAN);
		String due = person(this.xitang, veteran).get("dueOn").asString();
		Map<String, Object> attempt = contact(veteran, "PHONE", null);
		attempt.remove("mood");
		attempt.put("reached", false);
		attempt.put("summary", "空号");
		JsonNode failed = this.xitang.post("/api/contact/records", attempt).expect(201).json();
		assertThat(failed.get("reached").asBoolean()).isFalse();
		JsonNode after = person(this.xitang, veteran);
		assertThat(after.get("unreachable").asBoolean()).isTrue();
		assertThat(after.get("dueOn").asString()).isEqualTo(due);
		assertThat(after.get("lastContactOn").isNull()).isTrue();
		assertThat(ContactFixtures
			.ids(this.xitang.get("/api/contact/people?filter=UNREACHABLE&size=200&regionCode=" + CHAONAN)))
			.contains(veteran);

		this.xitang.post("/api/contact/records", contact(veteran, "HOME_VISIT", "STABLE")).expect(201);
		assertThat(person(this.xitang, veteran).get("unreachable").asBoolean()).isFalse();
	}

	@Test
	void aNeedRaisedOnAContactIsTrackedInCaresProblemLedgerWithItsOwnerAndDeadline() {
		long veteran = register(this.county, "蒋诉求", CHAONAN, false);
		Map<String, Object> body = contact(veteran, "HOME_VISIT", "CONCERN");
		body.put("summary", "反映房屋漏雨");
		body.put("needs", List
			.of(Map.of("description", "房屋漏雨，申请维修", "assignee", "沈丽华", "deadline", TODAY.plusDays(10).toString())));
		JsonNode record = this.xitang.post("/api/contact/records", body).expect(201).json();
		JsonNode problem = record.get("problems").get(0);
		assertThat(problem.get("source").asString()).isEqualTo("CONTACT");
		assertThat(problem.get("contactRecordId").asLong()).isEqualTo(record.get("id").asLong());
		assertThat(problem.get("assignee").asString()).isEqualTo("沈丽华");
		assertThat(problem.get("deadline").asString()).isEqualTo(TODAY.plusDays(10).toString());

		JsonNode ledger = this.xitang.get("/api/care/problems?assignee=沈丽华&size=200").expect(200).json();
		assertThat(ledger.get("items").valueStream().map((p) -> p.get("id").asLong()))
			.contains(problem.get("id").asLong());
		this.xitang
			.post("/api/care/problems/" + problem.get("id").asLong() + "/resolution", Map.of("closingNote", "已联系施工队维修"))
			.expect(200);
		JsonNode history = this.xitang.get("/api/contact/people/" + veteran + "/records").expect(200).json();
		assertThat(history.get("items").get(0).get("problems").get(0).get("status").asString()).isEqualTo("RESOLVED");
	}

	@Test
	void aCareVisitJoinsThePersonsContactHistoryAndCountsAsAContact() {
		long veteran = register(this.county, "杨走访", CHAONAN, false);
		sync(this.county, CHAONAN);
		JsonNode visit = this.xitang
			.post("/api/care/visits", Map.of("veteranId", veteran, "kind", "HOME_VISIT", "visitedOn",
					TODAY.minusDays(2).toString(), "visitors", "网格员张伟", "opinions", "身体尚好，感谢关心"))
			.expect(201)
			.json();
		JsonNode history = this.xitang.get("/api/contact/people/" + veteran + "/records").expect(200).json();
		assertThat(history.get("total").asLong()).isEqualTo(1);
		JsonNode entry = history.get("items").get(0);
		assertThat(entry.get("source").asString()).isEqualTo("CARE_VISIT");
		assertThat(entry.get("careVisitId").asLong()).isEqualTo(visit.get("id").asLong());
		assertThat(entry.get("contactedBy").asString()).isEqualTo("网格员张伟");
		assertThat(entry.get("summary").asString()).isEqualTo("身体尚好，感谢关心");
		JsonNode after = person(this.xitang, veteran);
		assertThat(after.get("lastContactOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
		assertThat(after.get("lastChannel").asString()).isEqualTo("HOME_VISIT");
	}

	@Test
	void aPhoneContactRecordedHereCountsOnCaresContactCountdown() {
		long veteran = register(this.county, "韩倒计", CHAONAN, true);
		long plan = this.county.post("/api/care/plans",
				Map.of("name", "困难退役军人每季度联系（联系模块测试）", "targetGroup", "HARDSHIP_VETERAN", "visitKind", "CONTACT",
						"intervalMonths", 3, "warnDays", 30, "regionCode", CHAONAN, "startsOn",
						TODAY.minusMonths(4).toString()))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		this.xitang.post("/api/contact/records", contact(veteran, "PHONE", "STABLE")).expect(201);
		JsonNode board = this.xitang.get("/api/care/countdown?size=200&planId=" + plan + "&regionCode=" + CHAONAN)
			.expect(200)
			.json();
		JsonNode entry = board.get("items")
			.valueStream()
			.filter((e) -> e.get("veteranId").asLong() == veteran)
			.findFirst()
			.orElseThrow();
		assertThat(entry.get("lastDoneOn").asString()).isEqualTo(TODAY.toString());
		assertThat(entry.get("colour").asString()).isEqualTo("GREEN");
	}

	@Test
	void aContactNeedsItsMoodAnUnsettledOneItsStoryAndNoDayInTheFuture() {
		long veteran = register(this.county, "邓校验", CHAONAN, false);
		sync(this.county, CHAONAN);
		Map<String, Object> noMood = contact(veteran, "PHONE", "STABLE");
		noMood.remove("mood");
		assertField(this.xitang.post("/api/contact/records", noMood).expect(400).json(), "mood");
		assertField(this.xitang.post("/api/contact/records", contact(veteran, "PHONE", "UNSTABLE")).expect(400).json(),
				"summary");
		Map<String, Object> tomorrow = contact(veteran, "PHONE", "STABLE");
		tomorrow.put("contactedOn", TODAY.plusDays(1).toString());
		assertField(this.xitang.post("/api/contact/records", tomorrow).expect(400).json(), "contactedOn");
		Map<String, Object> noChannel = new HashMap<>(contact(veteran, "PHONE", "STABLE"));
		noChannel.remove("channel");
		assertField(this.xitang.post("/api/contact/records", noChannel).expect(400).json(), "channel");
		assertThat(
				this.xitang.get("/api/contact/people/" + veteran + "/records").expect(200).json().get("total").asLong())
			.isZero();
	}

	@Test
	void aCountysOwnCadenceMovesTheDueDayOfEveryoneInItsGroupAndNamesItsSource() {
		long veteran = register(this.county, "曾频次", CHAONAN, false);
		this.xitang.post("/api/contact/records", contact(veteran, "PHONE", "STABLE")).expect(201);
		JsonNode rule = this.county
			.put("/api/contact/cadences", Map.of("regionCode", "330421000000", "group", "GENERAL", "intervalMonths", 2,
					"source", "嘉善县退役军人常态化联系制度（测试）第三条"))
			.expect(200)
			.json();
		try {
			assertThat(person(this.xitang, veteran).get("dueOn").asString()).isEqualTo(TODAY.plusMonths(2).toString());
			assertThat(this.xitang.get("/api/contact/cadences")
				.expect(200)
				.json()
				.valueStream()
				.anyMatch((c) -> "嘉善县退役军人常态化联系制度（测试）第三条".equals(c.get("source").asString()))).isTrue();
			this.xitang
				.put("/api/contact/cadences",
						Map.of("regionCode", "330421000000", "group", "GENERAL", "intervalMonths", 1, "source", "越权"))
				.expect(403);
		}
		finally {
			this.county.delete("/api/contact/cadences/" + rule.get("id").asLong()).expect(204);
		}
		assertThat(person(this.xitang, veteran).get("dueOn").asString()).isEqualTo(TODAY.plusMonths(3).toString());
	}

	static void assertField(JsonNode problem, String field) {
		assertThat(problem.get("errors").valueStream().map((e) -> e.get("field").asString())).contains(field);
	}

}
