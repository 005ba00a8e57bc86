package org.rongjun.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;
import static org.rongjun.support.Today.TODAY;

@IntegrationTest
@CalendarSensitive
class ReminderIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient xitang;

	@BeforeEach
	void logIn() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
	}

	@Test
	void veteransReachingSixtyOrFiftyFiveWithinSixtyDaysOrRecentlyPassedAreListed() {
		long sixtyIn30 = veteranBorn(TODAY.plusDays(30).minusYears(60));
		long fiftyFiveIn10 = veteranBorn(TODAY.plusDays(10).minusYears(55));
		long sixtyIn90 = veteranBorn(TODAY.plusDays(90).minusYears(60));
		long sixty20DaysAgo = veteranBorn(TODAY.minusDays(20).minusYears(60));
		long sixtyTwoYearsAgo = veteranBorn(TODAY.minusYears(62));

		Map<Long, JsonNode> due = byPerson(this.xitang.get("/api/registry/reminders?size=200"), "VETERAN");
		assertThat(due.get(sixtyIn30).get("kind").asString()).isEqualTo("VETERAN_60");
		assertThat(due.get(sixtyIn30).get("camCode").asString()).isEqualTo("03");
		assertThat(due.get(sixtyIn30).get("daysLeft").asLong()).isEqualTo(30);
		assertThat(due.get(sixtyIn30).get("thresholdDate").asString()).isEqualTo(TODAY.plusDays(30).toString());
		assertThat(due.get(fiftyFiveIn10).get("kind").asString()).isEqualTo("VETERAN_55");
		assertThat(due.get(fiftyFiveIn10).get("daysLeft").asLong()).isEqualTo(10);
		assertThat(due.get(sixty20DaysAgo).get("daysLeft").asLong()).isEqualTo(-20);
		assertThat(due).doesNotContainKeys(sixtyIn90, sixtyTwoYearsAgo);

		assertThat(byPerson(this.xitang.get("/api/registry/reminders?days=120&kind=03&size=200"), "VETERAN"))
			.containsKeys(sixtyIn90, sixtyIn30)
			.doesNotContainKey(fiftyFiveIn10);
	}

	@Test
	void survivorsChildrenAreRemindedAtEighteenAndTwentyTwoWhileTheyHoldTheEntitlement() {
		long martyr = veteranBorn(LocalDate.of(1975, 5, 1));
		long son18 = member(martyr, "20", TODAY.plusDays(5).minusYears(18));
		beneficiary(martyr, son18, "21");
		long daughter22 = member(martyr, "30", TODAY.minusDays(3).minusYears(22));
		beneficiary(martyr, daughter22, "21");
		long spouse = member(martyr, "10", TODAY.plusDays(5).minusYears(18));
		beneficiary(martyr, spouse, "21");
		long childWithoutEntitlement = member(martyr, "20", TODAY.plusDays(6).minusYears(18));

		JsonNode items = this.xitang.get("/api/registry/reminders?size=200").expect(200).json().get("items");
		assertThat(find(items, "SURVIVOR_CHILD_18", son18).get("daysLeft").asLong()).isEqualTo(5);
		assertThat(find(items, "SURVIVOR_CHILD_18", son18).get("camCode").asString()).isEqualTo("01");
		assertThat(find(items, "SURVIVOR_CHILD_22", daughter22).get("daysLeft").asLong()).isEqualTo(-3);
		assertThat(find(items, "SURVIVOR_CHILD_22", daughter22).get("veteranId").asLong()).isEqualTo(martyr);
		Map<Long, JsonNode> members = byPerson(this.xitang.get("/api/registry/reminders?size=200"), "FAMILY_MEMBER");
		assertThat(members).doesNotContainKeys(spouse, childWithoutEntitlement);
	}

	@Test
	void aHandledReminderLeavesTheQueueAndCannotBeHandledTwice() {
		long veteran = veteranBorn(TODAY.plusDays(15).minusYears(60));
		Map<String, Object> handled = new HashMap<>();
		handled.put("kind", "VETERAN_60");
		handled.put("personType", "VETERAN");
		handled.put("personId", veteran);
		handled.put("note", "已告知可申请60周岁农村籍退役士兵补助");
		assertThat(byPerson(this.xitang.get("/api/registry/reminders?size=200"), "VETERAN")).containsKey(veteran);

		this.xitang.post("/api/registry/reminders/handled", handled).expect(204);

		assertThat(byPerson(this.xitang.get("/api/registry/reminders?size=200"), "VETERAN")).doesNotContainKey(veteran);
		this.xitang.post("/api/registry/reminders/handled", handled).expect(409);
		handled.put("personType", "FAMILY_MEMBER");
		this.xitang.post("/api/registry/reminders/handled", handled).expect(400);
	}

	@Test
	void aTownshipSeesOnlyItsOwnPeoplesReminders() {
		long veteran = veteranBorn(TODAY.plusDays(20).minusYears(60));
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		assertThat(byPerson(dayun.get("/api/registry/reminders?size=200"), "VETERAN")).doesNotContainKey(veteran);
		assertThat(byPerson(ApiClient.loggedIn(this.port, "county.staff").get("/api/registry/reminders?size=200"),
				"VETERAN"))
			.containsKey(veteran);
		dayun
			.post("/api/registry/reminders/handled",
					Map.of("kind", "VETERAN_60", "personType", "VETERAN", "personId", veteran))
			.expect(404);
	}

	private long veteranBorn(LocalDate birth) {
		Map<String, Object> draft = veteran("龄提醒", idNumber(birth), XITANG);
		draft.put("enlistmentDate", birth.plusYears(18).toString());
		draft.put("dischargeDate", birth.plusYears(22).toString());
		return this.xitang.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
	}

	private long member(long veteran, String relationship, LocalDate birth) {
		return this.xitang
			.post("/api/registry/veterans/" + veteran + "/family-members",
					Map.of("relationship", relationship, "name", "烈属" + relationship, "birthDate", birth.toString()))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private void beneficiary(long veteran, long member, String category) {
		this.xitang
			.post("/api/registry/veterans/" + veteran + "/beneficiaries",
					Map.of("category", category, "familyMemberId", member))
			.expect(201);
	}

	private static Map<Long, JsonNode> byPerson(ApiClient.Response response, String personType) {
		Map<Long, JsonNode> found = new HashMap<>();
		response.expect(200).json().get("items").forEach((item) -> {
			if (item.get("personType").asString().equals(personType)) {
				found.put(item.get("personId").asLong(), item);
			}
		});
		return found;
	}

	private static JsonNode find(JsonNode items, String kind, long personId) {
		for (JsonNode item : items) {
			if (item.get("kind").asString().equals(kind) && item.get("personId").asLong() == personId) {
				return item;
			}
		}
		throw new AssertionError("no " + kind + " reminder for " + personId + " in " + items);
	}

}
