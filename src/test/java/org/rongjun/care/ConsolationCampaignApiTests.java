package org.rongjun.care;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Festival consolation campaigns: the generated target list, completion by stations and
 * the roll-up, which must always equal the records. Each test uses its own year, so the
 * campaigns never collide on (festival, year, region).
 */
@IntegrationTest
@CalendarSensitive
class ConsolationCampaignApiTests {

	private static final AtomicInteger years = new AtomicInteger(2060);

	private static final String VILLAGE = "330421103206";

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
	void targetsArePeopleOfTheIncludedTypesOnceEachAtTheHighestStandardPlusGarrisonUnits() {
		long both = register(this.county, "沈双重", VILLAGE, true, "RETIREMENT");
		long retired = register(this.county, "陆军休", VILLAGE, false, "RETIREMENT");
		long neither = register(this.county, "朱普通", VILLAGE, false, "SELF_EMPLOYED");
		long unit = this.county
			.post("/api/care/garrison-units",
					Map.of("name", "武警某中队" + years.get(), "kind", "ARMED_POLICE", "regionCode", VILLAGE, "headcount",
							40))
			.expect(201)
			.json()
			.get("id")
			.asLong();

		JsonNode campaign = start(this.county, VILLAGE, 100_000_000L).expect(201).json();
		long id = campaign.get("id").asLong();
		List<JsonNode> targets = this.county.get("/api/care/campaigns/" + id + "/targets?size=200")
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.toList();
		assertThat(byVeteran(targets, both).get("targetType").asString()).isEqualTo("HARDSHIP_VETERAN");
		assertThat(byVeteran(targets, both).get("standardFen").asLong()).isEqualTo(80000);
		assertThat(byVeteran(targets, retired).get("targetType").asString()).isEqualTo("RETIRED_OFFICER");
		assertThat(targets.stream().filter((t) -> t.get("veteranId").asLong(0) == both)).hasSize(1);
		assertThat(targets.stream().noneMatch((t) -> t.get("veteranId").asLong(0) == neither)).isTrue();
		assertThat(targets.stream().anyMatch((t) -> t.get("garrisonUnitId").asLong(0) == unit)).isTrue();
		assertThat(campaign.get("targets").asLong()).isEqualTo(targets.size());
	}

	@Test
	void theRollUpMatchesTheCompletionRecordsPerRegionAndInTotal() {
		register(this.county, "钱完成", "330421103205", true, "SELF_EMPLOYED");
		register(this.county, "孙完成", "330421103001", true, "SELF_EMPLOYED");
		long id = start(this.county, CareFixtures.XITANG, 100_000_000L).expect(201).json().get("id").asLong();
		List<JsonNode> targets = this.xitang.get("/api/care/campaigns/" + id + "/targets?size=200")
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.toList();
		assertThat(targets.size()).isGreaterThanOrEqualTo(2);
		complete(id, targets.get(0), null).expect(200);
		complete(id, targets.get(targets.size() - 1), 12345L).expect(200);
		complete(id, targets.get(0), null).expect(409);

		JsonNode rollup = this.county.get("/api/care/campaigns/" + id + "/rollup").expect(200).json();
		JsonNode total = rollup.get("total");
		long planned = targets.stream().mapToLong((t) -> t.get("standardFen").asLong()).sum();
		assertThat(total.get("targets").asLong()).isEqualTo(targets.size());
		assertThat(total.get("completed").asLong()).isEqualTo(2);
		assertThat(total.get("plannedFen").asLong()).isEqualTo(planned);
		assertThat(total.get("spentFen").asLong()).isEqualTo(targets.get(0).get("standardFen").asLong() + 12345L);
		assertThat(rollup.get("byRegion").valueStream().mapToLong((r) -> r.get("targets").asLong()).sum())
			.isEqualTo(targets.size());
		assertThat(rollup.get("byRegion").valueStream().mapToLong((r) -> r.get("spentFen").asLong()).sum())
			.isEqualTo(total.get("spentFen").asLong());
		assertThat(rollup.get("byType").valueStream().mapToLong((r) -> r.get("completed").asLong()).sum()).isEqualTo(2);

		JsonNode done = this.county.get("/api/care/campaigns/" + id + "/targets?completed=true&size=200")
			.expect(200)
			.json();
		assertThat(done.get("total").asLong()).isEqualTo(2);
		assertThat(done.get("items").valueStream().mapToLong((t) -> t.get("spentFen").asLong()).sum())
			.isEqualTo(total.get("spentFen").asLong());

		String village = targets.get(0).get("regionCode").asString();
		JsonNode villageRow = rollup.get("byRegion")
			.valueStream()
			.filter((r) -> r.get("key").asString().equals(village))
			.findFirst()
			.orElseThrow();
		long villageTargets = targets.stream().filter((t) -> t.get("regionCode").asString().equals(village)).count();
		assertThat(villageRow.get("targets").asLong()).isEqualTo(villageTargets);
	}

	@Test
	void completionCannotSpendBeyondTheBudget() {
		register(this.county, "吴预算", VILLAGE, true, "SELF_EMPLOYED");
		long id = start(this.county, VILLAGE, 100_000L).expect(201).json().get("id").asLong();
		JsonNode target = this.xitang.get("/api/care/campaigns/" + id + "/targets?type=HARDSHIP_VETERAN")
			.expect(200)
			.json()
			.get("items")
			.get(0);
		JsonNode refused = complete(id, target, 100_001L).expect(400).json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("spentFen");
		complete(id, target, 100_000L).expect(200);
		assertThat(this.county.get("/api/care/campaigns/" + id).expect(200).json().get("spentFen").asLong())
			.isEqualTo(100_000L);
	}

	@Test
	void aTownshipSeesNeitherAnotherTownshipsCampaignNorItsTargets() {
		long id = start(this.county, VILLAGE, 1_000_000L).expect(201).json().get("id").asLong();
		this.dayun.get("/api/care/campaigns/" + id).expect(404);
		this.dayun.get("/api/care/campaigns/" + id + "/rollup").expect(404);
		assertThat(this.dayun.get("/api/care/campaigns?size=200")
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.noneMatch((c) -> c.get("id").asLong() == id)).isTrue();
		this.xitang.get("/api/care/campaigns/" + id).expect(200);
		this.xitang.post("/api/care/campaigns", draft(CareFixtures.XITANG, 1L)).expect(403);
	}

	@Test
	void countyCampaignShowsEachTownshipOnlyItsOwnTargetsAndSpend() {
		long id = start(this.county, "330421000000", 900_000_000L).expect(201).json().get("id").asLong();
		JsonNode countyRollup = this.county.get("/api/care/campaigns/" + id + "/rollup").expect(200).json();
		JsonNode xitangRollup = this.xitang.get("/api/care/campaigns/" + id + "/rollup").expect(200).json();
		JsonNode xitangRow = countyRollup.get("byRegion")
			.valueStream()
			.filter((r) -> r.get("key").asString().equals(CareFixtures.XITANG))
			.findFirst()
			.orElseThrow();
		assertThat(xitangRollup.get("total").get("targets").asLong()).isEqualTo(xitangRow.get("targets").asLong());
		assertThat(this.xitang.get("/api/care/campaigns/" + id + "/targets?size=200")
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.allMatch((t) -> t.get("regionCode").asString().startsWith("330421103"))).isTrue();
		this.xitang.get("/api/care/campaigns/" + id + "/targets?regionCode=" + CareFixtures.DAYUN).expect(403);
	}

	private ApiClient.Response start(ApiClient client, String region, long budgetFen) {
		return client.post("/api/care/campaigns", draft(region, budgetFen));
	}

	private static Map<String, Object> draft(String region, long budgetFen) {
		int year = years.incrementAndGet();
		return Map.of("kind", "ARMY_DAY", "year", year, "name", year + "年八一慰问", "regionCode", region, "startsOn",
				TODAY.minusDays(10).toString(), "endsOn", TODAY.plusDays(20).toString(), "budgetFen", budgetFen,
				"standards",
				List.of(Map.of("targetType", "HARDSHIP_VETERAN", "amountFen", 80000),
						Map.of("targetType", "RETIRED_OFFICER", "amountFen", 50000),
						Map.of("targetType", "KEY_BENEFICIARY", "amountFen", 60000),
						Map.of("targetType", "GARRISON_UNIT", "amountFen", 200000)));
	}

	private ApiClient.Response complete(long campaign, JsonNode target, Long spentFen) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("completedOn", TODAY.toString());
		body.put("note", "已送达慰问金");
		if (spentFen != null) {
			body.put("spentFen", spentFen);
		}
		return this.xitang
			.post("/api/care/campaigns/" + campaign + "/targets/" + target.get("id").asLong() + "/completion", body);
	}

	private static JsonNode byVeteran(List<JsonNode> targets, long veteran) {
		return targets.stream().filter((t) -> t.get("veteranId").asLong(0) == veteran).findFirst().orElseThrow();
	}

}
