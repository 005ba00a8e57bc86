package org.rongjun.platform;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProblemDetailsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anonymousApiCallsGetAChineseProblemDetail() {
		var response = new ApiClient(this.port).get("/api/organization/stations");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("code").asString()).isEqualTo("AUTH_REQUIRED");
		assertThat(response.json().get("detail").asString()).isEqualTo("请先登录");
	}

	@Test
	void malformedJsonIsABadRequestWithoutInternals() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.postRaw("/api/organization/stations", "{\"name\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void unknownApiPathsAreNotFoundProblems() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.get("/api/organization/nothing-here");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void aBadPathVariableIsABadRequest() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.get("/api/organization/stations/abc");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void healthIsPublic() {
		var response = new ApiClient(this.port).get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("UP");
	}

}
