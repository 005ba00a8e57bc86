package org.rongjun.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar as data: the migration loaded exactly the official 2025 and 2026
 * arrangements, and a later year is added by an administrator (here the far year 2099, so
 * no other test's deadlines move) and then counts.
 */
@IntegrationTest
class CalendarApiTests {

	@LocalServerPort
	int port;

	private final WorkingCalendar calendar;

	CalendarApiTests(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Test
	void theSeededCalendarIsTheOfficialArrangementOf2025And2026() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		List<String> seeded = new ArrayList<>();
		for (int year : List.of(2025, 2026)) {
			JsonNode arrangement = admin.get("/api/calendar/years/" + year).expect(200).json();
			arrangement.get("days")
				.forEach((d) -> seeded
					.add(d.get("day").asString() + " " + d.get("kind").asString() + " " + d.get("name").asString()));
		}
		List<String> official = OfficialArrangements.days()
			.stream()
			.map((d) -> d.day() + " " + d.kind() + " " + d.name())
			.toList();
		assertThat(seeded).containsExactlyInAnyOrderElementsOf(official);
		assertThat(this.calendar.deadline(java.time.LocalDate.parse("2026-02-01"), Period.days(15)).due())
			.hasToString("2026-02-24");
	}

	@Test
	void anAdministratorImportsAYearFromAFileAndItsDeadlinesStopBeingProvisional() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		JsonNode before = staff.get("/api/calendar/deadline?start=2099-01-20&length=15").expect(200).json();
		assertThat(before.get("due").asString()).isEqualTo("2099-02-04");
		assertThat(before.get("provisional").asBoolean()).isTrue();
		try {
			String csv = "日期,类型,名称\n2099-02-03~2099-02-09,休,春节\n2099-01-31,班,春节\n";
			staff.postMultipart("/api/calendar/years/2099/import?source=test", "file", "2099.csv", csv).expect(403);
			JsonNode loaded = admin
				.postMultipart("/api/calendar/years/2099/import?source=" + enc("测试通知"), "file", "2099.csv", csv)
				.expect(201)
				.json();
			assertThat(loaded.get("days").size()).isEqualTo(8);
			JsonNode after = staff.get("/api/calendar/deadline?start=2099-01-20&length=15").expect(200).json();
			// day 15 is Wed 02-04, inside the imported 春节 → Tue 02-10
			assertThat(after.get("due").asString()).isEqualTo("2099-02-10");
			assertThat(after.get("provisional").asBoolean()).isFalse();
			// a weekday cannot be a make-up working day
			JsonNode refused = admin
				.put("/api/calendar/years/2099",
						Map.of("source", "x", "days",
								List.of(Map.of("day", "2099-02-02", "kind", "WORK", "name", "春节"))))
				.expect(400)
				.json();
			assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("days");
			JsonNode badLine = admin
				.postMultipart("/api/calendar/years/2099/import?source=x", "file", "bad.csv", "2099-13-01,休,春节\n")
				.expect(400)
				.json();
			assertThat(badLine.get("errors").get(0).get("message").asString()).contains("第1行");
			assertThat(admin.get("/api/calendar/years/2099").expect(200).json().get("days").size()).isEqualTo(8);
		}
		finally {
			admin.delete("/api/calendar/years/2099");
		}
		assertThat(staff.get("/api/calendar/deadline?start=2099-01-20&length=15")
			.expect(200)
			.json()
			.get("provisional")
			.asBoolean()).isTrue();
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
