package org.rongjun.risk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.contact.ContactFixtures;
import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.contact.ContactFixtures.register;
import static org.rongjun.support.Today.TODAY;

/**
 * The risk ledger (发现-登记-化解-回访, rules §4.4): risks found in a screening round, steps and
 * escalation village → township → county, 化解 only with evidence; readable by permission
 * and scope only, every view audited.
 */
@IntegrationTest
@CalendarSensitive
class RiskItemApiTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R' };

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	final RiskItems items;

	ApiClient county;

	ApiClient xitang;

	ApiClient dayun;

	ApiClient xijie;

	RiskItemApiTests(JdbcClient jdbc, RiskItems items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		this.xijie = ApiClient.loggedIn(this.port, "xijie.staff");
	}

	@Test
	void aRiskGoesUpOneLevelAtATimeToTheCountyAndIsResolvedOnlyWithEvidence() {
		long id = create(this.xitang, register(this.county, "龚化解", ContactFixtures.CHAONAN, false), "GENERAL",
				TODAY.plusDays(20));
		JsonNode township = this.xitang.post("/api/risk/items/" + id + "/escalation", Map.of("reason", "村里协调无果"))
			.expect(200)
			.json();
		assertThat(township.get("escalation").asString()).isEqualTo("TOWNSHIP");
		JsonNode atCounty = this.xitang.post("/api/risk/items/" + id + "/escalation", Map.of("reason", "涉及多部门"))
			.expect(200)
			.json();
		assertThat(atCounty.get("escalation").asString()).isEqualTo("COUNTY");
		this.xitang.post("/api/risk/items/" + id + "/escalation", Map.of("reason", "再报")).expect(409);
		this.xitang.post("/api/risk/items/" + id + "/steps", Map.of("note", "镇村干部上门调解，达成初步意见")).expect(200);

		JsonNode refused = this.xitang.post("/api/risk/items/" + id + "/resolution", Map.of("resolution", "已调解"))
			.expect(400)
			.json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("evidence");
		this.xitang.postFile("/api/risk/items/" + id + "/evidence", "调解协议.png", "image/png", PNG).expect(201);
		JsonNode resolved = this.xitang
			.post("/api/risk/items/" + id + "/resolution", Map.of("resolution", "双方签订调解协议，已回访"))
			.expect(200)
			.json();
		assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.get("resolvedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(resolved.get("steps").valueStream().map((s) -> s.get("kind").asString())).containsExactly("CREATED",
				"ESCALATED", "ESCALATED", "STEP", "RESOLVED");
		this.xitang.postFile("/api/risk/items/" + id + "/evidence", "补充.png", "image/png", PNG).expect(409);
	}

	@Test
	void anOpenRiskPastItsDeadlineGoesUpOneLevelOncePerDeadline() {
		long id = create(this.xitang, register(this.county, "龚逾期", ContactFixtures.CHAONAN, false), "GENERAL",
				TODAY.plusDays(1));
		this.jdbc.sql("update risk.risk_item set deadline = :due where id = :id")
			.param("due", TODAY.minusDays(1))
			.param("id", id)
			.update();
		this.items.escalateOverdue();
		this.items.escalateOverdue();
		JsonNode item = this.xitang.get("/api/risk/items/" + id).expect(200).json();
		assertThat(item.get("overdue").asBoolean()).isTrue();
		assertThat(item.get("escalation").asString()).isEqualTo("TOWNSHIP");
		assertThat(item.get("steps").valueStream().filter((s) -> s.get("kind").asString().equals("ESCALATED")))
			.hasSize(1);
		assertThat(ids(this.county.get("/api/risk/items?overdue=true&size=200"))).contains(id);
	}

	@Test
	void everyViewOfARiskItemIsInTheAuditLogAndOnlyThoseWithThePermissionAndScopeSeeIt() {
		long id = create(this.xitang, register(this.county, "龚审计", ContactFixtures.CHAONAN, false), "MAJOR",
				TODAY.plusDays(7));
		assertThat(this.xitang.get("/api/risk/items/" + id).expect(200).json().get("escalation").asString())
			.isEqualTo("COUNTY");
		this.county.get("/api/risk/items?size=200").expect(200);
		assertThat(audited("xitang.staff", "RISK_ITEM_VIEW", "risk-item/" + id)).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from identity.audit_log
				where username = 'county.staff' and action = 'RISK_ITEM_LIST' and detail like :ids
				""").param("ids", "%" + id + "%").query(Long.class).single()).isPositive();

		this.dayun.get("/api/risk/items/" + id).expect(404);
		assertThat(ids(this.dayun.get("/api/risk/items?size=200"))).doesNotContain(id);
		this.xijie.get("/api/risk/items/" + id).expect(403);
		this.xijie.get("/api/risk/items").expect(403);
		this.xijie.get("/api/risk/warnings").expect(403);
		assertThat(audited("xijie.staff", "RISK_ITEM_VIEW", "risk-item/" + id)).isZero();
	}

	@Test
	void aScreeningRoundGivesEveryoneAChecklistAndEachRiskFoundBecomesAnItemOnce() {
		String village = "330421103005";
		long veteran = register(this.county, "龚排查", village, false);
		YearMonth month = YearMonth.from(TODAY);
		JsonNode round = this.xitang
			.post("/api/risk/screenings", Map.of("name", month + " 排查（测试）", "regionCode", village, "period",
					month.toString(), "dueOn", month.atEndOfMonth().toString()))
			.expect(201)
			.json();
		long roundId = round.get("id").asLong();
		assertThat(round.get("people").asLong()).isPositive();
		this.xitang
			.post("/api/risk/screenings", Map.of("name", "重复", "regionCode", village, "period", month.toString(),
					"dueOn", month.atEndOfMonth().toString()))
			.expect(409);
		JsonNode item = this.xitang.get("/api/risk/screenings/" + roundId + "/items?size=200")
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.filter((i) -> i.get("veteranId").asLong() == veteran)
			.findFirst()
			.orElseThrow();
		Map<String, Object> check = Map.of("findings", List.of(Map.of("level", "GENERAL", "category", "PSYCHOLOGICAL",
				"description", "老伴去世后独居，情绪低落", "owner", "陆芳", "deadline", TODAY.plusDays(30).toString())), "note",
				"入户排查");
		JsonNode done = this.xitang
			.post("/api/risk/screenings/" + roundId + "/items/" + item.get("id").asLong() + "/check", check)
			.expect(200)
			.json();
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("findings").get(0).asString()).isEqualTo("PSYCHOLOGICAL");
		this.xitang.post("/api/risk/screenings/" + roundId + "/items/" + item.get("id").asLong() + "/check", check)
			.expect(409);
		JsonNode found = this.xitang.get("/api/risk/items?veteranId=" + veteran).expect(200).json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("source").asString()).isEqualTo("SCREENING");
		JsonNode progress = this.xitang.get("/api/risk/screenings/" + roundId).expect(200).json();
		assertThat(progress.get("done").asLong()).isEqualTo(1);
		assertThat(progress.get("risksFound").asLong()).isEqualTo(1);
		this.dayun.get("/api/risk/screenings/" + roundId).expect(404);
	}

	@Test
	void aNewRiskNeedsADeadlineNotInThePastAndAPersonInScope() {
		long veteran = register(this.county, "龚校验", ContactFixtures.CHAONAN, false);
		JsonNode refused = this.xitang
			.post("/api/risk/items", Map.of("veteranId", veteran, "risk", risk("GENERAL", TODAY.minusDays(1))))
			.expect(400)
			.json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("deadline");
		this.dayun.post("/api/risk/items", Map.of("veteranId", veteran, "risk", risk("GENERAL", TODAY.plusDays(3))))
			.expect(404);
	}

	private long create(ApiClient client, long veteran, String level, LocalDate deadline) {
		return client.post("/api/risk/items", Map.of("veteranId", veteran, "risk", risk(level, deadline)))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private static Map<String, Object> risk(String level, LocalDate deadline) {
		return Map.of("level", level, "category", "LEGAL_DISPUTE", "description", "宅基地纠纷", "owner", "沈丽华", "deadline",
				deadline.toString());
	}

	private long audited(String username, String action, String target) {
		return this.jdbc.sql("""
				select count(*) from identity.audit_log where username = :user and action = :action and target = :target
				""").param("user", username).param("action", action).param("target", target).query(Long.class).single();
	}

	private static List<Long> ids(ApiClient.Response response) {
		return response.expect(200).json().get("items").valueStream().map((i) -> i.get("id").asLong()).toList();
	}

}
