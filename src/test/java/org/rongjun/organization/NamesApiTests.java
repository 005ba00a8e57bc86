package org.rongjun.organization;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages show names, not codes and usernames: the two lookups they use. */
@IntegrationTest
class NamesApiTests {

	@LocalServerPort
	int port;

	@Test
	void regionCodesReadAsNamesEvenOutsideTheCallersScope() {
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode names = township
			.get("/api/organization/regions/names?codes=330421000000,330421103000,330421102000,999999999999")
			.expect(200)
			.json();
		assertThat(names.get("330421000000").asString()).isEqualTo("嘉善县");
		assertThat(names.get("330421103000").asString()).isEqualTo("西塘镇");
		assertThat(names.get("330421102000").asString()).isEqualTo("大云镇");
		assertThat(names.has("999999999999")).isFalse();
	}

	@Test
	void usernamesReadAsTheStaffMembersNames() {
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode names = township.get("/api/identity/staff-names?usernames=county.staff,county.checker,nobody")
			.expect(200)
			.json();
		assertThat(names.get("county.staff").asString()).isNotBlank().isNotEqualTo("county.staff");
		assertThat(names.has("county.checker")).isTrue();
		assertThat(names.has("nobody")).isFalse();
	}

	@Test
	void namesNeedASignedInUserAndABoundedList() {
		new ApiClient(this.port).get("/api/identity/staff-names?usernames=county.staff").expect(401);
		new ApiClient(this.port).get("/api/organization/regions/names?codes=330421000000").expect(401);
		String many = String.join(",", Collections.nCopies(501, "330421000000"));
		JsonNode problem = ApiClient.loggedIn(this.port, "xitang.staff")
			.get("/api/organization/regions/names?codes=" + many)
			.expect(400)
			.json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("codes");
	}

}
