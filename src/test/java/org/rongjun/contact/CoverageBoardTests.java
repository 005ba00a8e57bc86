package org.rongjun.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.contact.ContactFixtures.CHAONAN;
import static org.rongjun.contact.ContactFixtures.XITANG;
import static org.rongjun.contact.ContactFixtures.contact;
import static org.rongjun.contact.ContactFixtures.register;
import static org.rongjun.contact.ContactFixtures.sync;
import static org.rongjun.support.Today.TODAY;

/**
 * The coverage board and the "no one drops off the line" lists read maintained counts
 * (ADR 0018); these tests hold them to the records: after every kind of change the counts
 * equal a recount of the people, and each figure of the board equals the list behind it.
 */
@IntegrationTest
@CalendarSensitive
class CoverageBoardTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	ApiClient county;

	ApiClient xitang;

	CoverageBoardTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
	}

	@Test
	void aContactRecordedInAVillageMovesOnePersonFromOverdueToCoveredOnEveryLevelOfTheBoard() {
		long veteran = register(this.county, "卫覆盖", CHAONAN, true);
		sync(this.county, CHAONAN);
		JsonNode village = row(this.county.get("/api/contact/coverage?regionCode=" + XITANG), CHAONAN);
		JsonNode countyTotal = this.county.get("/api/contact/coverage").expect(200).json().get("total");
		Map<String, Object> late = contact(veteran, "PHONE", "STABLE");
		late.put("contactedOn", TODAY.minusMonths(2).toString());
		this.xitang.post("/api/contact/records", late).expect(201);
		JsonNode overdue = row(this.county.get("/api/contact/coverage?regionCode=" + XITANG), CHAONAN);
		assertThat(overdue.get("overdue").asLong()).isEqualTo(village.get("overdue").asLong() + 1);
		assertThat(overdue.get("neverContacted").asLong()).isEqualTo(village.get("neverContacted").asLong() - 1);

		this.xitang.post("/api/contact/records", contact(veteran, "PHONE", "STABLE")).expect(201);
		JsonNode covered = row(this.county.get("/api/contact/coverage?regionCode=" + XITANG), CHAONAN);
		assertThat(covered.get("covered").asLong()).isEqualTo(village.get("covered").asLong() + 1);
		assertThat(covered.get("overdue").asLong()).isEqualTo(village.get("overdue").asLong());
		JsonNode countyAfter = this.county.get("/api/contact/coverage").expect(200).json().get("total");
		assertThat(countyAfter.get("covered").asLong()).isEqualTo(countyTotal.get("covered").asLong() + 1);
		assertThat(countyAfter.get("people").asLong()).isEqualTo(countyTotal.get("people").asLong());
		assertThat(countyAfter.get("coveragePerMille").asLong())
			.isEqualTo(countyAfter.get("covered").asLong() * 1000 / countyAfter.get("people").asLong());
	}

	@Test
	void everyFigureOfTheBoardEqualsTheListBehindIt() {
		JsonNode board = this.county.get("/api/contact/coverage?regionCode=" + XITANG).expect(200).json();
		for (JsonNode row : board.get("rows")) {
			String region = row.get("regionCode").asString();
			if (region.equals(XITANG)) {
				// people filed on the township itself (other tests register some): the
				// list by
				// region takes the whole township, so only the villages' rows compare one
				// to one
				continue;
			}
			assertThat(listed(region, "ALL")).as("people of " + region).isEqualTo(row.get("people").asLong());
			assertThat(listed(region, "OVERDUE")).as("overdue of " + region).isEqualTo(row.get("overdue").asLong());
			assertThat(listed(region, "NEVER_CONTACTED")).isEqualTo(row.get("neverContacted").asLong());
			assertThat(listed(region, "NO_LIAISON")).isEqualTo(row.get("noLiaison").asLong());
			assertThat(listed(region, "UNREACHABLE")).isEqualTo(row.get("unreachable").asLong());
			assertThat(listed(region, "DUE")).isEqualTo(row.get("overdue").asLong() + row.get("dueSoon").asLong());
		}
		long sum = 0;
		for (JsonNode row : board.get("rows")) {
			sum += row.get("people").asLong();
		}
		assertThat(board.get("total").get("people").asLong()).isEqualTo(sum);
	}

	@Test
	void theMaintainedCountsEqualARecountOfThePeopleAfterAssignmentsContactsMovesAndDeaths() {
		long moving = register(this.county, "严迁居", CHAONAN, false);
		long dying = register(this.county, "严去世", CHAONAN, false);
		sync(this.county, CHAONAN);
		long staff = ContactFixtures.staffAt(this.county, XITANG);
		this.county.put("/api/contact/people/" + moving + "/liaison", Map.of("staffId", staff)).expect(200);
		this.xitang.post("/api/contact/records", contact(moving, "PHONE", "STABLE")).expect(201);
		this.county
			.post("/api/registry/veterans/" + dying + "/death",
					Map.of("date", TODAY.minusDays(3).toString(), "source", "家属报告"))
			.expect(200);
		this.jdbc.sql("update registry.veteran set household_region_code = '330421103003' where id = :id")
			.param("id", moving)
			.update();
		sync(this.county, XITANG);

		List<Map<String, Object>> maintained = this.jdbc.sql("""
				select parent_code, region_code, due_on, contacted, has_liaison, unreachable, people
				from contact.coverage_count where people <> 0
				order by 1, 2, 3, 4, 5, 6
				""").query().listOfRows();
		List<Map<String, Object>> recounted = this.jdbc.sql("""
				select l.parent_code, l.region_code, f.due_on, f.last_contact_on is not null as contacted,
				       f.liaison_id is not null as has_liaison, f.unreachable, count(*) as people
				from contact.follow f
				cross join lateral (select distinct * from (values
				    (rpad(left(f.region_code, 2), 12, '0'), rpad(left(f.region_code, 4), 12, '0')),
				    (rpad(left(f.region_code, 4), 12, '0'), rpad(left(f.region_code, 6), 12, '0')),
				    (rpad(left(f.region_code, 6), 12, '0'), rpad(left(f.region_code, 9), 12, '0')),
				    (rpad(left(f.region_code, 9), 12, '0'), f.region_code),
				    (f.region_code, f.region_code)) as v (parent_code, region_code)
				    where v.parent_code <> v.region_code or v.region_code = f.region_code) l
				group by 1, 2, 3, 4, 5, 6
				order by 1, 2, 3, 4, 5, 6
				""").query().listOfRows();
		assertThat(maintained).isEqualTo(recounted);
		assertThat(this.jdbc.sql("""
				select coalesce(sum(people), 0) from contact.liaison_count
				""").query(Long.class).single())
			.isEqualTo(this.jdbc.sql("select count(*) from contact.follow where liaison_id is not null")
				.query(Long.class)
				.single());
	}

	private long listed(String region, String filter) {
		long count = 0;
		for (int page = 0;; page++) {
			JsonNode found = this.county
				.get("/api/contact/people?size=200&filter=" + filter + "&regionCode=" + region + "&page=" + page)
				.expect(200)
				.json();
			List<Long> ids = new ArrayList<>();
			found.get("items").forEach((p) -> ids.add(p.get("veteranId").asLong()));
			count += ids.size();
			if (ids.size() < 200) {
				assertThat(found.get("total").asLong()).isEqualTo(count);
				return count;
			}
		}
	}

	private static JsonNode row(ApiClient.Response response, String region) {
		return response.expect(200)
			.json()
			.get("rows")
			.valueStream()
			.filter((r) -> r.get("regionCode").asString().equals(region))
			.findFirst()
			.orElseThrow(() -> new AssertionError(region + " not on the board"));
	}

}
