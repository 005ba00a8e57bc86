package org.rongjun.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Leading-group and 双拥 meetings whose decisions are tracked to closure: the responsible
 * unit reports and closes with evidence, an overdue decision escalates (督办) onto its
 * workbench, and the meeting shows how many of its decisions are done.
 */
@IntegrationTest
@CalendarSensitive
class MeetingDecisionApiTests {

	private static final String COUNTY = "330421000000";

	private static final String XITANG = "330421103000";

	private static final String DAYUN = "330421102000";

	@LocalServerPort
	int port;

	@Test
	void aDecisionIsClosedByTheResponsibleUnitOnlyWithEvidenceAndTheMeetingCountsItDone() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long meeting = meeting(county, "领导小组会议（办结）", TODAY.minusDays(3));
		long item = decide(county, meeting, "西塘镇完成烈属走访", XITANG, TODAY.plusDays(10));
		decide(county, meeting, "县局汇总走访情况", COUNTY, TODAY.plusDays(20));

		JsonNode progress = xitang
			.post("/api/meetings/action-items/" + item + "/progress", Map.of("note", "已走访12户，完成六成。"))
			.expect(200)
			.json();
		assertThat(progress.get("events").get(0).get("kind").asString()).isEqualTo("PROGRESS");

		JsonNode noEvidence = xitang.post("/api/meetings/action-items/" + item + "/closure", Map.of("note", "已全部走访。"))
			.expect(400)
			.json();
		assertThat(noEvidence.get("errors").get(0).get("field").asString()).isEqualTo("evidence");

		HonorsFixtures
			.upload(this.port, xitang, "/api/meetings/action-items/" + item + "/evidence", "走访记录.pdf",
					"%PDF-1.4\n% 走访记录\n%%EOF\n".getBytes(StandardCharsets.UTF_8))
			.expect(201);
		JsonNode closed = xitang.post("/api/meetings/action-items/" + item + "/closure", Map.of("note", "已全部走访，记录附后。"))
			.expect(200)
			.json();
		assertThat(closed.get("status").asString()).isEqualTo("DONE");
		assertThat(closed.get("closedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(closed.get("closedBy").asString()).isEqualTo("xitang.staff");

		JsonNode detail = county.get("/api/meetings/" + meeting).expect(200).json();
		assertThat(detail.get("decisions").asLong()).isEqualTo(2);
		assertThat(detail.get("decisionsDone").asLong()).isEqualTo(1);
		assertThat(detail.get("actionItems").get(0).get("status").asString()).isEqualTo("DONE");

		// The evidence of a closed item stays as it was closed; more progress is refused.
		HonorsFixtures
			.upload(this.port, xitang, "/api/meetings/action-items/" + item + "/evidence", "补充.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8))
			.expect(409);
		xitang.post("/api/meetings/action-items/" + item + "/progress", Map.of("note", "补充")).expect(409);

		// Only the convener returns a closing; the item is open again and the meeting
		// counts it so.
		xitang.post("/api/meetings/action-items/" + item + "/return", Map.of("note", "不接受")).expect(403);
		JsonNode returned = county
			.post("/api/meetings/action-items/" + item + "/return", Map.of("note", "走访记录缺少签字，请补充。"))
			.expect(200)
			.json();
		assertThat(returned.get("status").asString()).isEqualTo("OPEN");
		assertThat(returned.get("closedOn").isNull()).isTrue();
		assertThat(returned.get("events").findValuesAsString("kind")).containsExactly("PROGRESS", "CLOSED", "RETURNED");
		assertThat(county.get("/api/meetings/" + meeting).expect(200).json().get("decisionsDone").asLong()).isZero();
	}

	@Test
	void anOverdueDecisionEscalatesOntoTheResponsibleUnitsWorkbenchAndOnlyTheConvenerIssuesSupervision() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long dayunBefore = overdueOnWorkbench(dayun);
		long xitangBefore = overdueOnWorkbench(xitang);
		long meeting = meeting(county, "领导小组会议（逾期）", TODAY.minusDays(30));
		long due = decide(county, meeting, "大云镇服务站整改", DAYUN, TODAY);
		long late = decide(county, meeting, "大云镇报送整改方案", DAYUN, TODAY.minusDays(1));

		// Due today is not overdue; due yesterday is, by one day, as of today in
		// Asia/Shanghai.
		assertThat(overdueOnWorkbench(dayun)).isEqualTo(dayunBefore + 1);
		assertThat(overdueOnWorkbench(xitang)).isEqualTo(xitangBefore);
		JsonNode lateItem = dayun.get("/api/meetings/action-items/" + late).expect(200).json();
		assertThat(lateItem.get("overdue").asBoolean()).isTrue();
		assertThat(lateItem.get("daysOverdue").asLong()).isEqualTo(1);
		assertThat(dayun.get("/api/meetings/action-items/" + due).expect(200).json().get("overdue").asBoolean())
			.isFalse();
		List<String> overdueIds = dayun.get("/api/meetings/action-items?overdue=true&size=200")
			.expect(200)
			.json()
			.get("items")
			.findValuesAsString("id");
		assertThat(overdueIds).contains(Long.toString(late)).doesNotContain(Long.toString(due));
		assertThat(county.get("/api/meetings/" + meeting).expect(200).json().get("decisionsOverdue").asLong())
			.isEqualTo(1);

		dayun.post("/api/meetings/action-items/" + late + "/supervision", Map.of("note", "请尽快办理")).expect(403);
		JsonNode supervised = county
			.post("/api/meetings/action-items/" + late + "/supervision", Map.of("note", "已逾期1天，请于3日内报送。"))
			.expect(200)
			.json();
		assertThat(supervised.get("supervisions").asInt()).isEqualTo(1);
		assertThat(dayun.get("/api/meetings/action-items/" + late)
			.expect(200)
			.json()
			.get("events")
			.get(0)
			.get("kind")
			.asString()).isEqualTo("SUPERVISION");

		// Another township neither sees nor acts on it.
		xitang.get("/api/meetings/action-items/" + late).expect(404);
		xitang.post("/api/meetings/action-items/" + late + "/progress", Map.of("note", "x")).expect(404);
		xitang.get("/api/meetings/" + meeting).expect(404);
		assertThat(xitang.get("/api/meetings/action-items?size=200")
			.expect(200)
			.json()
			.get("items")
			.findValuesAsString("id")).doesNotContain(Long.toString(late));
	}

	@Test
	void aDecisionIsTaskedInsideTheConvenersRegionAndDueNoEarlierThanTheMeeting() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long meeting = meeting(xitang, "西塘镇双拥推进会（规则）", TODAY.minusDays(2));
		JsonNode otherTownship = xitang
			.post("/api/meetings/" + meeting + "/action-items", item("大云镇协助", DAYUN, TODAY.plusDays(5)))
			.expect(400)
			.json();
		assertThat(otherTownship.get("errors").get(0).get("field").asString()).isEqualTo("regionCode");
		xitang.post("/api/meetings/" + meeting + "/action-items", item("县局协助", COUNTY, TODAY.plusDays(5))).expect(400);
		JsonNode early = xitang
			.post("/api/meetings/" + meeting + "/action-items", item("会前完成", "330421103001", TODAY.minusDays(3)))
			.expect(400)
			.json();
		assertThat(early.get("errors").get(0).get("field").asString()).isEqualTo("deadline");
		decide(xitang, meeting, "西街社区核查光荣牌", "330421103001", TODAY.minusDays(2));

		Map<String, Object> moved = meetingDraft("西塘镇双拥推进会（规则）", TODAY.minusDays(1));
		JsonNode problem = xitang.put("/api/meetings/" + meeting, moved).expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("heldOn");
		JsonNode kept = xitang.get("/api/meetings/" + meeting).expect(200).json();
		assertThat(kept.get("heldOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
		assertThat(kept.get("attendees").get(0).get("unit").asString()).isEqualTo("县人武部");

		ApiClient.loggedIn(this.port, "dayun.staff").get("/api/meetings/" + meeting).expect(404);
	}

	private static long overdueOnWorkbench(ApiClient client) {
		for (JsonNode item : client.get("/api/workbench").expect(200).json()) {
			if (item.get("key").asString().equals("meetings.overdue")) {
				assertThat(item.get("urgency").asString()).isEqualTo("OVERDUE");
				return item.get("count").asLong();
			}
		}
		throw new AssertionError("no meetings.overdue line on the workbench");
	}

	static long meeting(ApiClient client, String title, LocalDate heldOn) {
		return client.post("/api/meetings", meetingDraft(title, heldOn)).expect(201).json().get("id").asLong();
	}

	static Map<String, Object> meetingDraft(String title, LocalDate heldOn) {
		return Map.of("kind", "LEADING_GROUP", "title", title, "heldOn", heldOn.toString(), "agenda", "研究部署重点工作。",
				"attendees", List.of(Map.of("unit", "县人武部", "name", "赵刚", "post", "政委")));
	}

	static long decide(ApiClient client, long meeting, String decision, String region, LocalDate deadline) {
		return client.post("/api/meetings/" + meeting + "/action-items", item(decision, region, deadline))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	static Map<String, Object> item(String decision, String region, LocalDate deadline) {
		return Map.of("decision", decision, "responsibleUnit", "责任单位", "responsiblePerson", "张三", "regionCode", region,
				"deadline", deadline.toString());
	}

}
