package org.rongjun.benefits;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.PaymentRunsApi;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person file's 银行与发放 tab: each month's money of the file, from the payment lines.
 */
@IntegrationTest
class PaymentHistoryApiTests {

	private static final String XITANG = "330421103";

	@LocalServerPort
	int port;

	@Test
	void aPersonFileListsItsPaymentLinesWithTheirRunAndOnlyInsideTheScope() throws Exception {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long run = county
			.post("/api/benefits/runs", Map.of("benefitType", "DISABILITY_PENSION", "regionCode", "330421000000",
					"firstMonth", "2034-09", "months", 1))
			.expect(202)
			.json()
			.get("id")
			.asLong();
		PaymentRunsApi.awaitPrepared(county, run);
		JsonNode line = county.get("/api/benefits/runs/" + run + "/lines?size=1")
			.expect(200)
			.json()
			.get("items")
			.get(0);
		long veteran = line.get("veteranId").asLong();

		JsonNode history = county.get("/api/benefits/people/" + veteran + "/payments").expect(200).json();
		JsonNode september = null;
		for (JsonNode item : history.get("items")) {
			if (item.get("runId").asLong() == run) {
				september = item;
			}
		}
		assertThat(september).as("the run's line in the file's history").isNotNull();
		assertThat(september.get("periodMonth").asString()).isEqualTo("2034-09-01");
		assertThat(september.get("amountFen").asLong()).isEqualTo(line.get("amountFen").asLong());
		assertThat(september.get("state").asString()).isEqualTo("PENDING");
		assertThat(september.get("runStatus").asString()).isEqualTo("PREPARED");
		assertThat(september.get("benefitType").asString()).isEqualTo("DISABILITY_PENSION");
		assertThat(
				september.get("bankAccountMask").isNull() || september.get("bankAccountMask").asString().contains("*"))
			.isTrue();

		boolean inXitang = line.get("regionCode").asString().startsWith(XITANG);
		ApiClient outsider = ApiClient.loggedIn(this.port, inXitang ? "dayun.staff" : "xitang.staff");
		outsider.get("/api/benefits/people/" + veteran + "/payments").expect(404);
		ApiClient liaison = ApiClient.loggedIn(this.port, "xijie.staff");
		liaison.get("/api/benefits/people/" + veteran + "/payments").expect(403);
	}

}
