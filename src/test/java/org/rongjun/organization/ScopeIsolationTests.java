package org.rongjun.organization;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A township account sees its township and nothing beside it, on every endpoint that
 * exists: 西塘镇 (330421103) must never read or change 大云镇 (330421102).
 */
@IntegrationTest
class ScopeIsolationTests {

	static final String DAYUN = "330421102000";

	static final String XITANG = "330421103000";

	@LocalServerPort
	int port;

	ApiClient xitang;

	ApiClient dayun;

	long dayunStation;

	long dayunStaff;

	@BeforeEach
	void logIn() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		this.dayunStation = this.dayun.get("/api/organization/stations?regionCode=" + DAYUN)
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		this.dayunStaff = this.dayun.get("/api/organization/staff?stationId=" + this.dayunStation)
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
	}

	@Test
	void regionChildrenShowOnlyThePathToTheOwnTownship() {
		var children = this.xitang.get("/api/organization/regions/330421000000/children").expect(200).json();
		assertThat(children.size()).isEqualTo(1);
		assertThat(children.get(0).get("code").asString()).isEqualTo(XITANG);
		assertThat(this.xitang.get("/api/organization/regions/" + XITANG + "/children").expect(200).json().size())
			.isGreaterThan(5);
	}

	@Test
	void anotherTownshipsRegionIsOutOfScope() {
		assertOutOfScope(this.xitang.get("/api/organization/regions/" + DAYUN));
		assertOutOfScope(this.xitang.get("/api/organization/regions/" + DAYUN + "/children"));
		assertOutOfScope(this.xitang.get("/api/organization/regions/" + DAYUN + "/path"));
		assertThat(this.xitang.get("/api/organization/regions?q=大云").expect(200).json().size()).isZero();
		assertThat(this.dayun.get("/api/organization/regions?q=大云").expect(200).json().size()).isPositive();
	}

	@Test
	void anotherTownshipsStationsAreNeitherListedNorReadable() {
		var all = this.xitang.get("/api/organization/stations?size=200").expect(200).json();
		all.get("items").forEach((station) -> assertThat(station.get("regionCode").asString()).startsWith("330421103"));
		assertThat(this.xitang.get("/api/organization/stations?regionCode=" + DAYUN)
			.expect(200)
			.json()
			.get("total")
			.asLong()).isZero();
		this.xitang.get("/api/organization/stations/" + this.dayunStation).expect(404);
	}

	@Test
	void anotherTownshipsStationsCannotBeChanged() {
		var update = Map.of("name", "改名", "regionCode", DAYUN, "grade", "BASIC");
		this.xitang.put("/api/organization/stations/" + this.dayunStation, update).expect(404);
		var moveIn = Map.of("name", "越权站点", "regionCode", DAYUN);
		this.xitang.post("/api/organization/stations", moveIn).expect(403);
		ApiClient townshipAdmin = ApiClient.loggedIn(this.port, "xitang.admin");
		assertOutOfScope(townshipAdmin.post("/api/organization/stations", moveIn));
		String name = this.dayun.get("/api/organization/stations/" + this.dayunStation)
			.expect(200)
			.json()
			.get("name")
			.asString();
		assertThat(name).isNotEqualTo("改名");
	}

	@Test
	void anotherTownshipsStaffAreNeitherListedNorReadableNorChangeable() {
		var all = this.xitang.get("/api/organization/staff?size=200").expect(200).json();
		assertThat(all.get("total").asLong()).isPositive();
		assertThat(this.xitang.get("/api/organization/staff?stationId=" + this.dayunStation)
			.expect(200)
			.json()
			.get("total")
			.asLong()).isZero();
		this.xitang.get("/api/organization/staff/" + this.dayunStaff).expect(404);
		this.xitang
			.put("/api/organization/staff/" + this.dayunStaff, Map.of("stationId", this.dayunStation, "name", "改名"))
			.expect(404);
		this.xitang.delete("/api/organization/staff/" + this.dayunStaff).expect(404);
		var hire = this.xitang.post("/api/organization/staff", Map.of("stationId", this.dayunStation, "name", "越权"));
		assertThat(hire.status()).isEqualTo(400);
		assertThat(hire.json().get("errors").get(0).get("field").asString()).isEqualTo("stationId");
		this.dayun.get("/api/organization/staff/" + this.dayunStaff).expect(200);
	}

	@Test
	void townshipStaffCannotReachCountyAdministration() {
		assertDenied(this.xitang.get("/api/identity/users"));
		assertDenied(this.xitang.get("/api/identity/roles"));
		assertDenied(this.xitang.get("/api/identity/audit"));
		assertDenied(this.xitang.post("/api/identity/audit/verify", Map.of()));
		assertDenied(this.xitang.delete("/api/organization/stations/" + this.dayunStation));
	}

	@Test
	void aTownshipAdministratorSeesOnlyAccountsOfTheTownship() {
		ApiClient admin = ApiClient.loggedIn(this.port, "xitang.admin");
		var users = admin.get("/api/identity/users?size=200").expect(200).json().get("items");
		assertThat(users.size()).isPositive();
		users.forEach((user) -> assertThat(user.get("scopeCode").asString()).startsWith("330421103"));
		long dayunUser = ApiClient.loggedIn(this.port, "county.admin")
			.get("/api/identity/users?q=dayun.staff")
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		admin.get("/api/identity/users/" + dayunUser).expect(404);
		admin
			.put("/api/identity/users/" + dayunUser, Map.of("displayName", "改名", "scopeCode", XITANG, "roles",
					java.util.List.of("TOWNSHIP_STAFF"), "enabled", false))
			.expect(404);
		admin.post("/api/identity/users/" + dayunUser + "/password-reset", Map.of("newPassword", "Hijack2026x"))
			.expect(404);
		this.dayun.get("/api/auth/me").expect(200);
	}

	private static void assertOutOfScope(ApiClient.Response response) {
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("OUT_OF_SCOPE");
	}

	private static void assertDenied(ApiClient.Response response) {
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
	}

}
