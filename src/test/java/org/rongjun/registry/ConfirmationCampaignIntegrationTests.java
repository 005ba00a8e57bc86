package org.rongjun.registry;

import java.time.LocalDate;
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
import static org.rongjun.registry.RegistryFixtures.DAYUN;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;
import static org.rongjun.support.Today.TODAY;

/** Each test works in its own village of 西塘镇 so that the snapshots do not overlap. */
@IntegrationTest
@CalendarSensitive
class ConfirmationCampaignIntegrationTests {

	private static final String PATH = "/api/registry/confirmation-campaigns";

	@LocalServerPort
	int port;

	ApiClient xitang;

	@BeforeEach
	void logIn() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
	}

	@Test
	void aCampaignListsEveryoneReceivingBenefitsOncePerPersonAndCountsConfirmations() {
		String village = "330421103003";
		long veteran = register(village);
		receiving(veteran, null, "41");
		receiving(veteran, null, "51");
		long spouse = spouse(veteran);
		receiving(veteran, spouse, "51");
		long onlyAccepted = register(village);
		this.xitang.post("/api/registry/veterans/" + onlyAccepted + "/beneficiaries", Map.of("category", "41"))
			.expect(201);

		JsonNode campaign = start(village, TODAY.plusDays(30)).expect(201).json();
		assertCounts(campaign, 2, 0, 2, 0);
		long id = campaign.get("id").asLong();
		JsonNode items = this.xitang.get(PATH + "/" + id + "/items").expect(200).json().get("items");
		assertThat(items.size()).isEqualTo(2);
		JsonNode veteranItem = items.get(0).get("familyMemberId").isNull() ? items.get(0) : items.get(1);
		assertThat(veteranItem.get("categories").toString()).isEqualTo("[\"41\",\"51\"]");
		assertThat(veteranItem.get("status").asString()).isEqualTo("PENDING");

		long itemId = veteranItem.get("id").asLong();
		JsonNode confirmed = confirm(id, itemId, "ON_SITE", TODAY).expect(200).json();
		assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(confirmed.get("method").asString()).isEqualTo("ON_SITE");
		assertThat(confirmed.get("confirmedBy").asString()).isEqualTo("xitang.staff");
		assertThat(confirm(id, itemId, "REMOTE", TODAY).expect(409).json().get("code").asString())
			.isEqualTo("CONFLICT");

		assertCounts(this.xitang.get(PATH + "/" + id).expect(200).json(), 2, 1, 1, 0);
		assertThat(itemIds(id, "CONFIRMED")).containsExactly(itemId);
		assertThat(itemIds(id, "PENDING")).hasSize(1).doesNotContain(itemId);
		assertThat(itemIds(id, "OVERDUE")).isEmpty();
	}

	@Test
	void afterTheDeadlineTheUnconfirmedAreFlaggedOverdue() {
		String village = "330421103004";
		long first = register(village);
		receiving(first, null, "41");
		long second = register(village);
		receiving(second, null, "41");
		LocalDate deadline = TODAY.minusDays(1);
		JsonNode campaign = start(village, deadline).expect(201).json();
		long id = campaign.get("id").asLong();
		assertCounts(campaign, 2, 0, 2, 2);

		JsonNode items = this.xitang.get(PATH + "/" + id + "/items").expect(200).json().get("items");
		long late = items.get(0).get("id").asLong();
		long missing = items.get(1).get("id").asLong();
		confirm(id, late, "HOME_VISIT", TODAY).expect(200);

		assertCounts(this.xitang.get(PATH + "/" + id).expect(200).json(), 2, 1, 1, 1);
		assertThat(itemIds(id, "OVERDUE")).containsExactly(missing);
		assertThat(itemIds(id, "PENDING")).isEmpty();
		List<Long> overdue = new java.util.ArrayList<>();
		this.xitang.get(PATH + "/overdue-items?size=200")
			.expect(200)
			.json()
			.get("items")
			.forEach((item) -> overdue.add(item.get("id").asLong()));
		assertThat(overdue).contains(missing).doesNotContain(late);
	}

	@Test
	void confirmationsInTheFutureAndCampaignsOutsideTheScopeAreRefused() {
		String village = "330421103005";
		long veteran = register(village);
		receiving(veteran, null, "41");
		long id = start(village, TODAY.plusDays(30)).expect(201).json().get("id").asLong();
		long itemId = this.xitang.get(PATH + "/" + id + "/items")
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();

		JsonNode problem = confirm(id, itemId, "REMOTE", TODAY.plusDays(1)).expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("date");
		start(DAYUN, TODAY.plusDays(30)).expect(403);
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		dayun.get(PATH + "/" + id).expect(404);
		dayun
			.post(PATH + "/" + id + "/items/" + itemId + "/confirmation",
					Map.of("method", "REMOTE", "date", TODAY.toString()))
			.expect(404);
	}

	@Test
	void aCountyCampaignIsWorkedByEachTownshipOnItsOwnPeople() {
		long veteran = register("330421103005");
		receiving(veteran, null, "42");
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		JsonNode campaign = county.post(PATH, Map.of("year", TODAY.getYear(), "name", "嘉善县年度确认", "regionCode",
				"330421000000", "deadline", TODAY.plusDays(30).toString()))
			.expect(201)
			.json();
		long id = campaign.get("id").asLong();
		JsonNode seenByTownship = this.xitang.get(PATH + "/" + id).expect(200).json();
		assertThat(seenByTownship.get("total").asLong()).isPositive()
			.isLessThanOrEqualTo(campaign.get("total").asLong());
		this.xitang.get(PATH + "/" + id + "/items?size=200")
			.expect(200)
			.json()
			.get("items")
			.forEach((item) -> assertThat(item.get("regionCode").asString()).startsWith("330421103"));
	}

	/**
	 * A campaign is for the year it runs in: an open one is this year's even when its
	 * deadline falls in January (a December start), a closed one the year its deadline
	 * passed in.
	 */
	private ApiClient.Response start(String region, LocalDate deadline) {
		int year = deadline.isBefore(TODAY) ? deadline.getYear() : TODAY.getYear();
		return this.xitang.post(PATH,
				Map.of("year", year, "name", year + "年度确认", "regionCode", region, "deadline", deadline.toString()));
	}

	private ApiClient.Response confirm(long campaign, long item, String method, LocalDate date) {
		Map<String, Object> body = new HashMap<>();
		body.put("method", method);
		body.put("date", date.toString());
		body.put("remark", "本人到场");
		return this.xitang.post(PATH + "/" + campaign + "/items/" + item + "/confirmation", body);
	}

	private List<Long> itemIds(long campaign, String status) {
		List<Long> ids = new java.util.ArrayList<>();
		this.xitang.get(PATH + "/" + campaign + "/items?status=" + status)
			.expect(200)
			.json()
			.get("items")
			.forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private long register(String village) {
		return this.xitang.post("/api/registry/veterans", veteran("确认人", idNumber(), village))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private long spouse(long veteran) {
		return this.xitang
			.post("/api/registry/veterans/" + veteran + "/family-members", Map.of("relationship", "10", "name", "确认人妻"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private void receiving(long veteran, Long member, String category) {
		Map<String, Object> body = new HashMap<>();
		body.put("category", category);
		body.put("familyMemberId", member);
		long id = this.xitang.post("/api/registry/veterans/" + veteran + "/beneficiaries", body)
			.expect(201)
			.json()
			.get("id")
			.asLong();
		this.xitang.post("/api/registry/beneficiaries/" + id + "/status-changes", Map.of("status", "RECEIVING"))
			.expect(200);
	}

	private static void assertCounts(JsonNode campaign, long total, long confirmed, long unconfirmed, long overdue) {
		assertThat(campaign.get("total").asLong()).isEqualTo(total);
		assertThat(campaign.get("confirmed").asLong()).isEqualTo(confirmed);
		assertThat(campaign.get("unconfirmed").asLong()).isEqualTo(unconfirmed);
		assertThat(campaign.get("overdue").asLong()).isEqualTo(overdue);
	}

}
