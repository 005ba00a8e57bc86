package org.rongjun.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.contact.ContactFixtures;
import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.PaymentRunsApi;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.contact.ContactFixtures.CHAONAN;
import static org.rongjun.contact.ContactFixtures.register;
import static org.rongjun.support.Today.TODAY;

/**
 * Early warnings (预警) come from what other modules record — a hardship grant refused, a
 * payment failed twice, a benefit stopped, a contact that found the person 波动, a long
 * silence — into a triage list where someone accepts each as a risk item or dismisses it
 * with a reason (保障法 Art 67: 及时掌握思想情况和工作生活状况).
 */
@IntegrationTest
@CalendarSensitive
class EarlyWarningTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	final Warnings warnings;

	ApiClient county;

	ApiClient checker;

	ApiClient xitang;

	ApiClient xijie;

	EarlyWarningTests(JdbcClient jdbc, Warnings warnings) {
		this.jdbc = jdbc;
		this.warnings = warnings;
	}

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.checker = ApiClient.loggedIn(this.port, "county.checker");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.xijie = ApiClient.loggedIn(this.port, "xijie.staff");
	}

	@Test
	void aRefusedHardshipGrantBecomesAWarningThatTheTownshipTakesInAsARiskItem() {
		long veteran = register(this.county, "鲁驳回", ContactFixtures.XIJIE, true);
		Map<String, Object> application = new HashMap<>();
		application.put("veteranId", veteran);
		application.put("grantType", "MEDICAL");
		application.put("requestedFen", 300_00);
		application.put("reason", "住院治疗，自付费用较高");
		application.put("householdSize", 2);
		application.put("payout", "PAYMENT_RUN");
		long grant = this.xijie.post("/api/grants", application).expect(201).json().get("id").asLong();
		this.xitang.post("/api/grants/" + grant + "/decisions", Map.of("action", "REJECT", "remark", "家庭人均收入高于当地标准"))
			.expect(200);

		JsonNode warning = only(
				this.xitang.get("/api/risk/warnings?status=NEW&kind=GRANT_REJECTED&veteranId=" + veteran));
		assertThat(warning.get("kindLabel").asString()).isEqualTo("临时救助未获批准");
		assertThat(warning.get("detail").asString()).contains("家庭人均收入高于当地标准");
		assertThat(warning.get("occurredOn").asString()).isEqualTo(TODAY.toString());
		assertThat(warning.get("regionCode").asString()).isEqualTo(ContactFixtures.XIJIE);

		long warningId = warning.get("id").asLong();
		JsonNode item = this.xitang.post("/api/risk/warnings/" + warningId + "/acceptance",
				Map.of("level", "SIGNIFICANT", "category", "LIVING_HARDSHIP", "description", "医疗负担重，救助未获批准后情绪低落",
						"owner", "沈丽华", "deadline", TODAY.plusDays(15).toString()))
			.expect(201)
			.json();
		assertThat(item.get("source").asString()).isEqualTo("WARNING");
		assertThat(item.get("sourceRef").asLong()).isEqualTo(warningId);
		assertThat(item.get("veteranId").asLong()).isEqualTo(veteran);
		assertThat(item.get("escalation").asString()).isEqualTo("TOWNSHIP");
		assertThat(item.get("steps").get(0).get("kind").asString()).isEqualTo("CREATED");

		JsonNode decided = this.xitang.get("/api/risk/warnings/" + warningId).expect(200).json();
		assertThat(decided.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(decided.get("riskItemId").asLong()).isEqualTo(item.get("id").asLong());
		assertThat(decided.get("decidedBy").asString()).isEqualTo("xitang.staff");
		this.xitang.post("/api/risk/warnings/" + warningId + "/dismissal", Map.of("reason", "重复")).expect(409);
	}

	@Test
	void aPaymentTheBankReturnsAgainInAFollowUpRunIsAWarning() throws Exception {
		JsonNode run = this.county
			.post("/api/benefits/runs", Map.of("benefitType", "DISABILITY_PENSION", "regionCode", "330421000000",
					"firstMonth", "2031-07", "months", 1))
			.expect(202)
			.json();
		long first = run.get("id").asLong();
		PaymentRunsApi.awaitPrepared(this.county, first);
		failFirstLine(first);

		long followUp = this.county.post("/api/benefits/runs/" + first + "/follow-up", Map.of())
			.expect(201)
			.json()
			.get("id")
			.asLong();
		failFirstLine(followUp);
		JsonNode warning = only(this.county.get("/api/risk/warnings?kind=PAYMENT_FAILED&size=200"),
				(w) -> w.get("detail").asString().contains("#" + followUp + "，"));
		assertThat(warning.get("kindLabel").asString()).isEqualTo("待遇发放连续失败");
		assertThat(warning.get("detail").asString()).containsPattern("连续[2-9]次").contains("账户已销户");
	}

	@Test
	void aBenefitStoppedIsAWarningAndResumingItIsNot() {
		long veteran = register(this.county, "鲍停发", CHAONAN, false);
		long beneficiary = this.county
			.post("/api/registry/veterans/" + veteran + "/beneficiaries", Map.of("category", "41"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		status(beneficiary, "RECEIVING", null);
		status(beneficiary, "SUSPENDED", "未参加年度确认");
		JsonNode warning = only(this.xitang.get("/api/risk/warnings?kind=PAYMENT_STOPPED&veteranId=" + veteran));
		assertThat(warning.get("detail").asString()).contains("停发").contains("未参加年度确认");
		status(beneficiary, "RECEIVING", "已补做年度确认");
		assertThat(this.xitang.get("/api/risk/warnings?kind=PAYMENT_STOPPED&veteranId=" + veteran)
			.expect(200)
			.json()
			.get("total")
			.asLong()).isEqualTo(1);
	}

	@Test
	void aDeathInTheHouseholdIsAWarning() {
		long veteran = register(this.county, "鲍丧偶", CHAONAN, false);
		Map<String, Object> spouse = new HashMap<>();
		spouse.put("relationship", "20");
		spouse.put("name", "许桂英");
		spouse.put("gender", "FEMALE");
		spouse.put("birthDate", "1945-03-01");
		long member = this.county.post("/api/registry/veterans/" + veteran + "/family-members", spouse)
			.expect(201)
			.json()
			.get("id")
			.asLong();
		this.county
			.post("/api/registry/veterans/" + veteran + "/family-members/" + member + "/death",
					Map.of("date", TODAY.minusDays(2).toString(), "source", "家属报告"))
			.expect(200);
		JsonNode warning = only(this.xitang.get("/api/risk/warnings?kind=FAMILY_DEATH&veteranId=" + veteran));
		assertThat(warning.get("kindLabel").asString()).isEqualTo("家庭成员去世");
		assertThat(warning.get("detail").asString()).contains(TODAY.minusDays(2).toString());
	}

	@Test
	void anUnsettledMoodIsAWarningAndDismissingOneNeedsAReason() {
		long veteran = register(this.county, "鲍波动", CHAONAN, false);
		Map<String, Object> contact = ContactFixtures.contact(veteran, "HOME_VISIT", "UNSTABLE");
		contact.put("summary", "因征地补偿问题情绪激动");
		this.xitang.post("/api/contact/records", contact).expect(201);
		JsonNode warning = only(this.xitang.get("/api/risk/warnings?kind=MOOD_UNSTABLE&veteranId=" + veteran));
		assertThat(warning.get("detail").asString()).contains("因征地补偿问题情绪激动");
		long id = warning.get("id").asLong();
		JsonNode refused = this.xitang.post("/api/risk/warnings/" + id + "/dismissal", Map.of()).expect(400).json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("reason");
		JsonNode dismissed = this.xitang
			.post("/api/risk/warnings/" + id + "/dismissal", Map.of("reason", "已当场解释政策，本人表示理解"))
			.expect(200)
			.json();
		assertThat(dismissed.get("status").asString()).isEqualTo("DISMISSED");
		assertThat(dismissed.get("dismissReason").asString()).isEqualTo("已当场解释政策，本人表示理解");
	}

	@Test
	void someoneNotReachedForTheConfiguredDaysIsWarnedOfOncePerSilence() {
		long veteran = register(this.county, "鲍失联", CHAONAN, false);
		ContactFixtures.sync(this.county, CHAONAN);
		this.jdbc.sql("update contact.follow set followed_since = :since where veteran_id = :id")
			.param("since", TODAY.minusDays(181))
			.param("id", veteran)
			.update();
		assertThat(this.warnings.scanSilences()).isPositive();
		assertThat(this.warnings.scanSilences()).isZero();
		JsonNode warning = only(this.xitang.get("/api/risk/warnings?kind=NO_CONTACT&veteranId=" + veteran));
		assertThat(warning.get("kindLabel").asString()).isEqualTo("长期未联系");
		assertThat(warning.get("detail").asString()).contains("一直未联系上");
	}

	private void failFirstLine(long runId) {
		this.checker.post("/api/benefits/runs/" + runId + "/approve", Map.of()).expect(200);
		this.county.post("/api/benefits/runs/" + runId + "/export", Map.of()).expect(200);
		List<String> records = this.county.get("/api/benefits/runs/" + runId + "/bank-file?format=CSV")
			.expect(200)
			.body()
			.lines()
			.skip(1)
			.toList();
		StringBuilder returned = new StringBuilder("reference,status,reason\n");
		String failed = records.get(0).split(",")[0];
		returned.append(failed).append(",FAILED,账户已销户\n");
		records.stream().skip(1).forEach((r) -> returned.append(r.split(",")[0]).append(",PAID,\n"));
		this.county.postText("/api/benefits/runs/" + runId + "/bank-return", "text/csv", returned.toString())
			.expect(200);
	}

	private void status(long beneficiary, String status, String reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("status", status);
		body.put("reason", reason);
		this.county.post("/api/registry/beneficiaries/" + beneficiary + "/status-changes", body).expect(200);
	}

	static JsonNode only(ApiClient.Response response) {
		return only(response, (w) -> true);
	}

	static JsonNode only(ApiClient.Response response, java.util.function.Predicate<JsonNode> which) {
		List<JsonNode> found = new ArrayList<>();
		response.expect(200).json().get("items").forEach((w) -> {
			if (which.test(w)) {
				found.add(w);
			}
		});
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
