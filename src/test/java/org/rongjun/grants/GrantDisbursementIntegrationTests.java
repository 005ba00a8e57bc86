package org.rongjun.grants;

import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.benefits.OneOffPayments;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.PaymentRunsApi;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rongjun.support.Today.TODAY;

/**
 * A grant approved for the payment system is paid by a 临时困难补助 payment run and learns the
 * bank's answer; one whose transfer failed may be paid in cash, and then no follow-up run
 * pays it again.
 */
@IntegrationTest
@CalendarSensitive
class GrantDisbursementIntegrationTests {

	static final String XIJIE = "330421103001";

	@LocalServerPort
	int port;

	final OneOffPayments payments;

	GrantDisbursementIntegrationTests(OneOffPayments payments) {
		this.payments = payments;
	}

	@Test
	void anApprovedGrantIsPaidByAPaymentRunAndAFailedOnePaidInCashIsNotReissued() throws Exception {
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		long veteran = village.get("/api/registry/veterans?size=1")
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long paidGrant = approvedGrant(village, township, veteran, 123_45);
		long failedGrant = approvedGrant(village, township, veteran, 234_56);
		assertThat(this.payments.settlement(GrantDisbursement.reference(paidGrant)).orElseThrow().amountFen())
			.isEqualTo(123_45);

		String month = YearMonth.from(TODAY).toString();
		long run = maker
			.post("/api/benefits/runs",
					Map.of("benefitType", "HARDSHIP_GRANT", "regionCode", XIJIE, "firstMonth", month, "months", 1))
			.expect(202)
			.json()
			.get("id")
			.asLong();
		PaymentRunsApi.awaitPrepared(maker, run);
		checker.post("/api/benefits/runs/" + run + "/approve", Map.of()).expect(200);
		maker.post("/api/benefits/runs/" + run + "/export", Map.of()).expect(200);
		List<String> lines = maker.get("/api/benefits/runs/" + run + "/bank-file?format=CSV")
			.expect(200)
			.body()
			.lines()
			.skip(1)
			.toList();
		assertThat(lines).anyMatch((line) -> line.endsWith(",123.45")).anyMatch((line) -> line.endsWith(",234.56"));
		StringBuilder returned = new StringBuilder("reference,status,reason\n");
		for (String line : lines) {
			String reference = line.split(",")[0];
			returned.append(reference).append(line.endsWith(",234.56") ? ",FAILED,户名不符\n" : ",PAID,\n");
		}
		maker.postText("/api/benefits/runs/" + run + "/bank-return", "text/csv", returned.toString()).expect(200);

		// grants hears the bank's answer after the reconciliation committed (ADR 0022)
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(village.get("/api/grants/" + paidGrant).expect(200).json().get("status").asString())
				.isEqualTo("PAID");
			assertThat(village.get("/api/grants/" + failedGrant).expect(200).json().get("status").asString())
				.isEqualTo("PAYMENT_FAILED");
		});

		Map<String, Object> cash = Map.of("paidOn", TODAY.toString(), "method", "现金", "voucher", "XJ-2026-001");
		township.post("/api/grants/" + failedGrant + "/offline-payment", cash).expect(200);
		assertThat(this.payments.settlement(GrantDisbursement.reference(failedGrant)).orElseThrow().status())
			.isEqualTo("WITHDRAWN");

		JsonNode followUp = maker.post("/api/benefits/runs/" + run + "/follow-up", Map.of()).expect(201).json();
		assertThat(followUp.get("lineCount").asLong()).isZero();
	}

	private static long approvedGrant(ApiClient village, ApiClient township, long veteran, long fen) {
		Map<String, Object> application = new HashMap<>();
		application.put("veteranId", veteran);
		application.put("grantType", "MEDICAL");
		application.put("requestedFen", fen);
		application.put("reason", "住院治疗，自付费用较高");
		application.put("householdSize", 3);
		application.put("payout", "PAYMENT_RUN");
		long id = village.post("/api/grants", application).expect(201).json().get("id").asLong();
		Map<String, Object> approve = new HashMap<>();
		approve.put("action", "APPROVE");
		township.post("/api/grants/" + id + "/decisions", approve).expect(200);
		return id;
	}

}
