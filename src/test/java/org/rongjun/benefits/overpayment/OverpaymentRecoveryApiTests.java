package org.rongjun.benefits.overpayment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.payment.PaymentRuns;
import org.rongjun.benefits.payment.PrepareRequest;
import org.rongjun.registry.SyntheticEntitlements;
import org.rongjun.registry.lifeevents.DeathReport;
import org.rongjun.registry.lifeevents.DeathService;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.PaymentRunsApi;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rongjun.support.Today.TODAY;

/**
 * 追缴 (抚恤条例 Art 8 冒领追责, Art 58(一) 追缴): a survivor's pension paid for 2025 to a beneficiary
 * who died in March 2025, reported in December. October–December are beyond the 6 funeral
 * months (Art 22) and must come back: in parts until the amount is reached, never more,
 * or written off (核销) by a request and a second person's approval.
 */
@IntegrationTest
@CalendarSensitive
class OverpaymentRecoveryApiTests {

	@LocalServerPort
	int port;

	final SyntheticEntitlements people;

	final PaymentRuns runs;

	final DeathService deaths;

	OverpaymentRecoveryApiTests(SyntheticEntitlements people, PaymentRuns runs, DeathService deaths) {
		this.people = people;
		this.runs = runs;
		this.deaths = deaths;
	}

	@Test
	void partialRecoveriesUntilTheAmountIsReachedCloseTheOverpaymentAsRecovered_Art58() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		JsonNode overpayment = overpayment("330421199001", "recov1", staff);
		long id = overpayment.get("id").asLong();
		long amount = overpayment.get("amountFen").asLong();
		assertThat(amount).isEqualTo(3 * 212_000L);

		JsonNode first = staff.post(recoveries(id), recovery(200_000, "COUNTER", "收据 2025-001")).expect(201).json();
		assertThat(first.get("overpayment").get("status").asString()).isEqualTo("OPEN");
		assertThat(first.get("overpayment").get("recoveredFen").asLong()).isEqualTo(200_000);
		assertThat(first.get("overpayment").get("outstandingFen").asLong()).isEqualTo(amount - 200_000);

		JsonNode done = staff.post(recoveries(id), recovery(amount - 200_000, "BANK_TRANSFER", "流水 88001"))
			.expect(201)
			.json();
		assertThat(done.get("overpayment").get("status").asString()).isEqualTo("RECOVERED");
		assertThat(done.get("overpayment").get("outstandingFen").asLong()).isZero();
		assertThat(done.get("recoveries").valueStream().map((r) -> r.get("method").asString()))
			.containsExactly("COUNTER", "BANK_TRANSFER");
		assertThat(actions(done)).containsExactly("CREATED", "RECOVERY_RECORDED", "RECOVERY_RECORDED", "RECOVERED");

		ApiClient.Response after = staff.post(recoveries(id), recovery(100, "COUNTER", null));
		assertThat(after.status()).isEqualTo(409);
		assertThat(after.json().get("detail").asString()).contains("已全部追回");
	}

	@Test
	void recoveringMoreThanIsOutstandingIsRefusedAndChangesNothing() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		JsonNode overpayment = overpayment("330421199002", "recov2", staff);
		long id = overpayment.get("id").asLong();
		long amount = overpayment.get("amountFen").asLong();

		ApiClient.Response tooMuch = staff.post(recoveries(id), recovery(amount + 1, "COUNTER", null));
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.body()).contains("amountFen").contains("不能多收");
		staff.post(recoveries(id), recovery(amount - 100, "FUNERAL_OFFSET", null)).expect(201);
		assertThat(staff.post(recoveries(id), recovery(101, "COUNTER", null)).status()).isEqualTo(400);
		assertThat(staff.post(recoveries(id), recovery(0, "COUNTER", null)).status()).isEqualTo(400);

		JsonNode detail = staff.get("/api/benefits/overpayments/" + id).expect(200).json();
		assertThat(detail.get("overpayment").get("recoveredFen").asLong()).isEqualTo(amount - 100);
		assertThat(detail.get("overpayment").get("status").asString()).isEqualTo("OPEN");
		assertThat(detail.get("recoveries")).hasSize(1);
	}

	@Test
	void aWaiverNeedsAReasonAndTheApprovalOfASecondPerson() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		JsonNode overpayment = overpayment("330421199003", "recov3", staff);
		long id = overpayment.get("id").asLong();
		String waiver = "/api/benefits/overpayments/" + id + "/waiver";

		assertThat(staff.post(waiver, Map.of("reason", " ")).status()).isEqualTo(400);
		JsonNode requested = staff.post(waiver, Map.of("reason", "遗属无继承财产，经调查确无能力退还")).expect(200).json();
		assertThat(requested.get("overpayment").get("waiverRequestedBy").asString()).isEqualTo("county.staff");
		assertThat(staff.post(waiver, Map.of("reason", "再次申请")).status()).isEqualTo(409);

		ApiClient.Response own = staff.post(waiver + "/approve", Map.of());
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().get("code").asString()).isEqualTo("SAME_PERSON");
		assertThat(waiting(checker)).isPositive();

		JsonNode waived = checker.post(waiver + "/approve", Map.of("reason", "同意核销")).expect(200).json();
		assertThat(waived.get("overpayment").get("status").asString()).isEqualTo("WAIVED");
		assertThat(waived.get("overpayment").get("waivedBy").asString()).isEqualTo("county.checker");
		assertThat(actions(waived)).containsExactly("CREATED", "WAIVER_REQUESTED", "WAIVER_APPROVED");
		assertThat(staff.post(recoveries(id), recovery(100, "COUNTER", null)).status()).isEqualTo(409);
	}

	@Test
	void aDeclinedWaiverLeavesTheOverpaymentOpenToRecover() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		long id = overpayment("330421199004", "recov4", staff).get("id").asLong();
		String waiver = "/api/benefits/overpayments/" + id + "/waiver";
		staff.post(waiver, Map.of("reason", "联系不上家属")).expect(200);
		JsonNode declined = checker.post(waiver + "/decline", Map.of("reason", "家属已联系上，继续追缴")).expect(200).json();
		assertThat(declined.get("overpayment").get("status").asString()).isEqualTo("OPEN");
		assertThat(declined.get("overpayment").get("waiverRequestedBy").isNull()).isTrue();
		assertThat(declined.get("history").get(2).get("note").asString()).isEqualTo("家属已联系上，继续追缴");
		staff.post(recoveries(id), recovery(1_000, "COUNTER", "收据 2025-009")).expect(201);
	}

	@Test
	void anOverpaymentOutsideTheCallersScopeIsNotFound() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		long id = overpayment("330421199005", "recov5", staff).get("id").asLong();
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		assertThat(xitang.get("/api/benefits/overpayments/" + id).status()).isEqualTo(404);
		assertThat(xitang.get("/api/benefits/overpayments")
			.expect(200)
			.json()
			.valueStream()
			.map((o) -> o.get("id").asLong())).doesNotContain(id);
		assertThat(xitang.post(recoveries(id), recovery(100, "COUNTER", null)).status()).isEqualTo(403);
	}

	/** One survivor paid for all of 2025, died 2025-03-15, reported late. */
	private JsonNode overpayment(String village, String tag, ApiClient client) throws Exception {
		this.people.seed(tag, village, "21", 1);
		long veteran = this.people.veteranId(tag, 1);
		long run = this.runs
			.prepare(new PrepareRequest(BenefitType.SURVIVOR_PENSION, village, YearMonth.of(2025, 1), 12),
					RegionScope.of(RegionCode.of(village)), "recovery.maker")
			.id();
		PaymentRunsApi.awaitPrepared(client, run);
		this.deaths.recordDeath(veteran,
				new DeathReport(LocalDate.of(2025, 3, 15), "公安户籍注销", null, YearMonth.of(2025, 12)),
				RegionScope.of(RegionCode.of(village)), "recovery.staff");
		// benefits hears of the death after the registry committed it (ADR 0022)
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> client.get("/api/benefits/overpayments")
				.expect(200)
				.json()
				.valueStream()
				.filter((o) -> o.get("veteranId").asLong() == veteran)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static String recoveries(long id) {
		return "/api/benefits/overpayments/" + id + "/recoveries";
	}

	private static Map<String, Object> recovery(long fen, String method, String reference) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("amountFen", fen);
		body.put("recoveredOn", TODAY.toString());
		body.put("method", method);
		body.put("reference", reference);
		return body;
	}

	private static List<String> actions(JsonNode detail) {
		return detail.get("history").valueStream().map((e) -> e.get("action").asString()).toList();
	}

	private static long waiting(ApiClient client) {
		return client.get("/api/workbench")
			.expect(200)
			.json()
			.valueStream()
			.filter((item) -> item.get("key").asString().equals("benefits.waivers"))
			.findFirst()
			.orElseThrow()
			.get("count")
			.asLong();
	}

}
