package org.rongjun.benefits;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.PaymentRunsApi;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approving and rejecting a payment run with comments (maker-checker, ADR 0010): the
 * checker rejects with a reason, which frees the months; the preparer cannot reject their
 * own run; every step is in the run's review history.
 */
@IntegrationTest
class PaymentRunReviewApiTests {

	@LocalServerPort
	int port;

	@Test
	void aRunRejectedByTheCheckerFreesItsMonthsSoTheMakerCanPrepareThemAgain() throws Exception {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		JsonNode first = prepare(maker, "2036-04");
		long lines = first.get("lineCount").asLong();
		assertThat(lines).isPositive();
		long id = first.get("id").asLong();

		JsonNode rejected = checker.post("/api/benefits/runs/" + id + "/reject", Map.of("comment", "护理费标准未更新，请调标后重新生成"))
			.expect(200)
			.json();
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(maker.get("/api/benefits/runs/" + id + "/lines").expect(200).json().get("total").asLong()).isZero();
		assertThat(maker.post("/api/benefits/runs/" + id + "/approve", Map.of()).status()).isEqualTo(409);

		JsonNode again = prepare(maker, "2036-04");
		assertThat(again.get("lineCount").asLong()).isEqualTo(lines);
		assertThat(again.get("totalFen").asLong()).isEqualTo(first.get("totalFen").asLong());

		JsonNode history = maker.get("/api/benefits/runs/" + id + "/reviews").expect(200).json();
		assertThat(actions(history)).containsExactly("PREPARED", "REJECTED");
		assertThat(history.get(1).get("actor").asString()).isEqualTo("county.checker");
		assertThat(history.get(1).get("comment").asString()).isEqualTo("护理费标准未更新，请调标后重新生成");
		maker.post("/api/benefits/runs/" + again.get("id").asLong() + "/cancel", Map.of()).expect(200);
	}

	@Test
	void thePreparerCannotRejectTheirOwnRunButMayCancelIt() throws Exception {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		long id = prepare(maker, "2036-05").get("id").asLong();
		ApiClient.Response own = maker.post("/api/benefits/runs/" + id + "/reject", Map.of("comment", "自己驳回"));
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().get("code").asString()).isEqualTo("SAME_PERSON");
		assertThat(status(maker, id)).isEqualTo("PREPARED");

		maker.post("/api/benefits/runs/" + id + "/cancel", Map.of()).expect(200);
		assertThat(status(maker, id)).isEqualTo("CANCELLED");
		assertThat(actions(maker.get("/api/benefits/runs/" + id + "/reviews").expect(200).json()))
			.containsExactly("PREPARED", "CANCELLED");
	}

	@Test
	void aRejectionNeedsAReasonAndAnApprovalKeepsItsOptionalComment() throws Exception {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		long id = prepare(maker, "2036-06").get("id").asLong();
		for (Object body : List.of(Map.of(), Map.of("comment", "   "))) {
			ApiClient.Response response = checker.post("/api/benefits/runs/" + id + "/reject", body);
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.body()).contains("驳回须填写原因");
		}
		assertThat(status(maker, id)).isEqualTo("PREPARED");

		checker.post("/api/benefits/runs/" + id + "/approve", Map.of("comment", "已抽查10户，金额无误")).expect(200);
		JsonNode history = maker.get("/api/benefits/runs/" + id + "/reviews").expect(200).json();
		assertThat(actions(history)).containsExactly("PREPARED", "APPROVED");
		assertThat(history.get(1).get("comment").asString()).isEqualTo("已抽查10户，金额无误");
		// an approved run is no longer rejectable: the bank file may be on its way
		assertThat(checker.post("/api/benefits/runs/" + id + "/reject", Map.of("comment", "晚了")).status())
			.isEqualTo(409);
	}

	private static JsonNode prepare(ApiClient maker, String month) throws InterruptedException {
		long id = maker
			.post("/api/benefits/runs",
					Map.of("benefitType", "SURVIVOR_PENSION", "regionCode", "330421000000", "firstMonth", month,
							"months", 1))
			.expect(202)
			.json()
			.get("id")
			.asLong();
		return PaymentRunsApi.awaitPrepared(maker, id);
	}

	private static String status(ApiClient client, long id) {
		return client.get("/api/benefits/runs/" + id).expect(200).json().get("status").asString();
	}

	private static List<String> actions(JsonNode history) {
		return history.valueStream().map((entry) -> entry.get("action").asString()).toList();
	}

}
