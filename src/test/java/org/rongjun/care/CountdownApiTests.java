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
 * Visit plans and the countdown board (保障法 Art 59 定期走访慰问): the next due date follows the
 * last visit of the plan's kind, and the colour the days left.
 */
@IntegrationTest
@CalendarSensitive
class CountdownApiTests {

	private static final String VILLAGE = "330421103210";

	@LocalServerPort
	int port;

	ApiClient county;

	ApiClient xitang;

	ApiClient dayun;

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
	}

	@Test
	void aQuarterlyContactPlanTurnsGreenOnAContactAndRedAgainAfterThreeMonths() {
		long veteran = register(this.county, "冯季度", VILLAGE, true, "SELF_EMPLOYED");
		JsonNode plan = this.county.post("/api/care/plans", plan("困难退役军人每季度联系", "HARDSHIP_VETERAN", "CONTACT", 3))
			.expect(201)
			.json();
		long planId = plan.get("id").asLong();
		assertThat(plan.get("targets").asLong()).isGreaterThanOrEqualTo(1);

		JsonNode before = entry(this.xitang, planId, veteran, null);
		assertThat(before.get("lastDoneOn").isNull()).isTrue();
		assertThat(before.get("nextDueOn").asString()).isEqualTo(TODAY.minusMonths(4).plusMonths(3).toString());
		assertThat(before.get("colour").asString()).isEqualTo("RED");

		this.xitang
			.post("/api/care/visits",
					Map.of("veteranId", veteran, "kind", "CONTACT", "visitedOn", TODAY.toString(), "visitors", "网格员张伟"))
			.expect(201);
		JsonNode after = entry(this.xitang, planId, veteran, null);
		assertThat(after.get("lastDoneOn").asString()).isEqualTo(TODAY.toString());
		assertThat(after.get("nextDueOn").asString()).isEqualTo(TODAY.plusMonths(3).toString());
		assertThat(after.get("colour").asString()).isEqualTo("GREEN");
		assertThat(entry(this.xitang, planId, veteran, TODAY.plusMonths(3).minusDays(30)).get("colour").asString())
			.isEqualTo("YELLOW");
		assertThat(entry(this.xitang, planId, veteran, TODAY.plusMonths(3).plusDays(1)).get("colour").asString())
			.isEqualTo("RED");
	}

	@Test
	void aContactDoesNotSatisfyAYearlyHomeVisitPlanButAHomeVisitSatisfiesBoth() {
		long veteran = register(this.county, "蒋入户", VILLAGE, false, "RETIREMENT");
		long homePlan = this.county.post("/api/care/plans", plan("军休干部每年走访", "RETIRED_OFFICER", "HOME_VISIT", 12))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		visit(veteran, "CONTACT");
		assertThat(entry(this.county, homePlan, veteran, null).get("lastDoneOn").isNull()).isTrue();
		visit(veteran, "HOME_VISIT");
		assertThat(entry(this.county, homePlan, veteran, null).get("nextDueOn").asString())
			.isEqualTo(TODAY.plusMonths(12).toString());
	}

	@Test
	void theSummaryCountsEveryColourPerRegionAndOtherTownshipsSeeNoneOfIt() {
		register(this.county, "杨汇总", VILLAGE, true, "SELF_EMPLOYED");
		long planId = this.county.post("/api/care/plans", plan("困难退役军人每半年走访", "HARDSHIP_VETERAN", "HOME_VISIT", 6))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		List<JsonNode> summary = this.county
			.get("/api/care/countdown/summary?planId=" + planId + "&regionCode=" + CareFixtures.XITANG)
			.expect(200)
			.json()
			.valueStream()
			.toList();
		long board = this.county
			.get("/api/care/countdown?size=1&planId=" + planId + "&regionCode=" + CareFixtures.XITANG)
			.expect(200)
			.json()
			.get("total")
			.asLong();
		assertThat(summary.stream().mapToLong((r) -> r.get("total").asLong()).sum()).isEqualTo(board);
		assertThat(summary).allMatch((r) -> r.get("total").asLong() == r.get("green").asLong()
				+ r.get("yellow").asLong() + r.get("red").asLong());
		assertThat(summary).anyMatch((r) -> r.get("regionCode").asString().equals(VILLAGE));

		assertThat(this.dayun.get("/api/care/countdown?size=200&planId=" + planId)
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.allMatch((e) -> e.get("regionCode").asString().startsWith("330421102"))).isTrue();
		this.dayun.get("/api/care/countdown/summary?regionCode=" + CareFixtures.XITANG).expect(403);
		this.xitang.post("/api/care/plans", plan("越权", "HARDSHIP_VETERAN", "CONTACT", 3)).expect(403);
	}

	private void visit(long veteran, String kind) {
		this.county
			.post("/api/care/visits",
					Map.of("veteranId", veteran, "kind", kind, "visitedOn", TODAY.toString(), "visitors", "王建国"))
			.expect(201);
	}

	private static Map<String, Object> plan(String name, String group, String kind, int months) {
		return Map.of("name", name, "targetGroup", group, "visitKind", kind, "intervalMonths", months, "warnDays", 30,
				"regionCode", CareFixtures.XITANG, "startsOn", TODAY.minusMonths(4).toString());
	}

	private static JsonNode entry(ApiClient client, long planId, long veteran, java.time.LocalDate asOf) {
		String path = "/api/care/countdown?size=200&regionCode=" + VILLAGE + "&planId=" + planId
				+ ((asOf != null) ? "&asOf=" + asOf : "");
		return client.get(path)
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.filter((e) -> e.get("veteranId").asLong() == veteran)
			.findFirst()
			.orElseThrow(() -> new AssertionError("veteran " + veteran + " not on the board"));
	}

}
