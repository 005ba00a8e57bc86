package org.rongjun.organization;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StationIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	StationIntegrationTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void theKindFollowsTheRegionLevelCenterAtCountyStationBelow() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		var village = county
			.post("/api/organization/stations",
					Map.of("name", "曹家村退役军人服务站", "regionCode", "330421102201", "grade", "GOOD", "phone", "13800001111"))
			.expect(201)
			.json();
		assertThat(village.get("kind").asString()).isEqualTo("STATION");
		assertThat(village.get("regionName").asString()).isEqualTo("曹家村委会");
		var center = county.get("/api/organization/stations?regionCode=330421000000").expect(200).json();
		assertThat(center.get("items").get(0).get("kind").asString()).isEqualTo("CENTER");
	}

	@Test
	void invalidInputIsAProblemNamingTheFieldsAndNothingIsStored() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long before = stationCount();
		var response = county.post("/api/organization/stations",
				Map.of("name", "", "regionCode", "33042", "phone", "12345"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		var problem = response.json();
		assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(problem.get("detail").asString()).isEqualTo("请检查标红的字段");
		assertThat(problem.get("errors").findValuesAsString("field")).contains("name", "regionCode", "phone");
		assertThat(problem.toString()).contains("请填写站点名称");
		assertThat(stationCount()).isEqualTo(before);
	}

	@Test
	void aRetiredOrUnknownRegionIsRejectedOnTheRegionField() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		var response = county.post("/api/organization/stations", Map.of("name", "幽灵站", "regionCode", "330421999000"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");
	}

	@Test
	void twoStationsInOneRegionCannotShareAName() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		Map<String, Object> draft = new HashMap<>(Map.of("name", "陶庄镇第二服务站", "regionCode", "330421107000"));
		county.post("/api/organization/stations", draft).expect(201);
		var again = county.post("/api/organization/stations", draft);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void aStationWithStaffCannotBeDeletedButAnEmptyOneCan() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long id = county.post("/api/organization/stations", Map.of("name", "待撤销站", "regionCode", "330421111000"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		long staff = county
			.post("/api/organization/staff", Map.of("stationId", id, "name", "周建平", "phone", "0573-84561234"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		var refused = county.delete("/api/organization/stations/" + id);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("工作人员");
		county.delete("/api/organization/staff/" + staff).expect(204);
		county.delete("/api/organization/stations/" + id).expect(204);
		county.get("/api/organization/stations/" + id).expect(404);
	}

	@Test
	void aVillageLiaisonMayReadButNotWrite() {
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		var stations = village.get("/api/organization/stations").expect(200).json();
		assertThat(stations.get("total").asLong()).isEqualTo(1);
		village.post("/api/organization/stations", Map.of("name", "x", "regionCode", "330421103001")).expect(403);
	}

	private long stationCount() {
		return this.jdbc.sql("select count(*) from organization.service_station").query(Long.class).single();
	}

}
