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
class DeathIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient xitang;

	long veteran;

	@BeforeEach
	void registerAVeteran() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.veteran = this.xitang.post("/api/registry/veterans", veteran("戴荣生", idNumber(), XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	@Test
	void deathStopsEveryOpenBeneficiaryOfTheVeteranWithTheSourceAndMonthPaidThrough() {
		long receiving = beneficiary(Map.of("category", "41"));
		changeStatus(receiving, "RECEIVING");
		long accepted = beneficiary(Map.of("category", "51"));
		long cancelled = beneficiary(Map.of("category", "61"));
		this.xitang
			.post("/api/registry/beneficiaries/" + cancelled + "/status-changes",
					Map.of("status", "CANCELLED", "reason", "经核查不符合条件"))
			.expect(200);
		long spouse = spouse();
		long spouseRecord = beneficiary(Map.of("category", "51", "familyMemberId", spouse));

		JsonNode dead = reportDeath(TODAY.minusDays(3), "2026-10").expect(200).json();

		assertThat(dead.get("deathDate").asString()).isEqualTo(TODAY.minusDays(3).toString());
		assertThat(dead.get("deathSource").asString()).isEqualTo("公安户籍注销");
		assertThat(status(receiving)).isEqualTo("DECEASED");
		assertThat(status(accepted)).isEqualTo("DECEASED");
		assertThat(status(cancelled)).isEqualTo("CANCELLED");
		assertThat(status(spouseRecord)).isEqualTo("ACCEPTED");
		JsonNode last = lastChange(receiving);
		assertThat(last.get("fromStatus").asString()).isEqualTo("RECEIVING");
		assertThat(last.get("reason").asString()).isEqualTo("公安户籍注销");
		assertThat(last.get("paidThroughMonth").asString()).isEqualTo("2026-10");
	}

	@Test
	void withoutAMonthPaidThroughTheDeathMonthIsRecorded() {
		long receiving = beneficiary(Map.of("category", "41"));
		changeStatus(receiving, "RECEIVING");
		LocalDate date = TODAY.minusMonths(2);
		reportDeath(date, null).expect(200);
		assertThat(lastChange(receiving).get("paidThroughMonth").asString()).isEqualTo(date.toString().substring(0, 7));
	}

	@Test
	void aSecondDeathReportIsRefused() {
		reportDeath(TODAY.minusDays(1), null).expect(200);
		assertThat(reportDeath(TODAY.minusDays(2), null).expect(409).json().get("code").asString())
			.isEqualTo("CONFLICT");
		assertThat(this.xitang.get("/api/registry/veterans/" + this.veteran)
			.expect(200)
			.json()
			.get("deathDate")
			.asString()).isEqualTo(TODAY.minusDays(1).toString());
	}

	@Test
	void aDeathDateInTheFutureOrBeforeBirthIsRefused() {
		assertField(reportDeath(TODAY.plusDays(1), null), "date");
		assertField(reportDeath(LocalDate.of(1950, 1, 1), null), "date");
		assertThat(
				this.xitang.get("/api/registry/veterans/" + this.veteran).expect(200).json().get("deathDate").isNull())
			.isTrue();
	}

	@Test
	void aFamilyMembersDeathStopsOnlyTheirOwnRecords() {
		long own = beneficiary(Map.of("category", "41"));
		long spouse = spouse();
		long spouseRecord = beneficiary(Map.of("category", "51", "familyMemberId", spouse));
		String path = "/api/registry/veterans/" + this.veteran + "/family-members/" + spouse + "/death";
		JsonNode member = this.xitang.post(path, Map.of("date", TODAY.minusDays(10).toString(), "source", "家属报告"))
			.expect(200)
			.json();
		assertThat(member.get("deathDate").asString()).isEqualTo(TODAY.minusDays(10).toString());
		assertThat(status(spouseRecord)).isEqualTo("DECEASED");
		assertThat(status(own)).isEqualTo("ACCEPTED");
		this.xitang.post(path, Map.of("date", TODAY.minusDays(10).toString(), "source", "家属报告")).expect(409);
	}

	@Test
	void anotherTownshipCannotReportTheDeathAndAVillageLiaisonMayNot() {
		ApiClient.loggedIn(this.port, "dayun.staff")
			.post("/api/registry/veterans/" + this.veteran + "/death",
					Map.of("date", TODAY.toString(), "source", "家属报告", "cause", "ILLNESS"))
			.expect(404);
		ApiClient.loggedIn(this.port, "xijie.staff")
			.post("/api/registry/veterans/" + this.veteran + "/death",
					Map.of("date", TODAY.toString(), "source", "家属报告", "cause", "ILLNESS"))
			.expect(403);
	}

	private ApiClient.Response reportDeath(LocalDate date, String paidThroughMonth) {
		Map<String, Object> body = new HashMap<>();
		body.put("date", date.toString());
		body.put("source", "公安户籍注销");
		body.put("cause", "ILLNESS");
		body.put("paidThroughMonth", paidThroughMonth);
		return this.xitang.post("/api/registry/veterans/" + this.veteran + "/death", body);
	}

	private long spouse() {
		return this.xitang
			.post("/api/registry/veterans/" + this.veteran + "/family-members",
					Map.of("relationship", "10", "name", "戴妻", "birthDate", "1965-03-01"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private long beneficiary(Map<String, Object> body) {
		return this.xitang.post("/api/registry/veterans/" + this.veteran + "/beneficiaries", body)
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private void changeStatus(long id, String status) {
		this.xitang.post("/api/registry/beneficiaries/" + id + "/status-changes", Map.of("status", status)).expect(200);
	}

	private String status(long id) {
		return this.xitang.get("/api/registry/beneficiaries/" + id).expect(200).json().get("status").asString();
	}

	private JsonNode lastChange(long id) {
		JsonNode history = this.xitang.get("/api/registry/beneficiaries/" + id + "/status-changes").expect(200).json();
		return history.get(history.size() - 1);
	}

	private static void assertField(ApiClient.Response response, String field) {
		JsonNode problem = response.expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
