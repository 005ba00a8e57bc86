package org.rongjun;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.registry.SyntheticEntitlements;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rongjun.support.Today.TODAY;

/**
 * A merge of two files of one person (ADR 0015) moves every module's rows to the
 * survivor: after it, no table or view of any schema names the retired id in a person-id
 * column (ADR 0022: each module hears {@code VeteransMerged}).
 */
@IntegrationTest
class MergedFilesIntegrationTests {

	/** 下甸庙社区, 西塘镇: no other test keeps people here. */
	static final String VILLAGE = "330421103006";

	@LocalServerPort
	int port;

	final SyntheticEntitlements people;

	final JdbcClient jdbc;

	MergedFilesIntegrationTests(SyntheticEntitlements people, JdbcClient jdbc) {
		this.people = people;
		this.jdbc = jdbc;
	}

	@Test
	void aMergeLeavesNothingOnTheRetiredIdInAnySchema() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		this.people.seed("merge-keep", VILLAGE, "21", 1);
		this.people.seed("merge-drop", VILLAGE, "21", 1);
		long survivor = this.people.veteranId("merge-keep", 1);
		long retired = this.people.veteranId("merge-drop", 1);
		paidThroughDecember2025(survivor, this.people.beneficiaryId(survivor));
		long widow = familyMemberReceivingSurvivorPension(retired);

		long plan = county
			.post("/api/care/plans",
					Map.of("name", "重点优抚对象季度联系", "targetGroup", "KEY_BENEFICIARY", "categories", List.of("21"),
							"visitKind", "CONTACT", "intervalMonths", 3, "regionCode", VILLAGE))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		assertThat(targetsOf(plan, survivor, retired)).containsExactlyInAnyOrder(survivor, retired);
		long campaign = county.post("/api/care/campaigns", campaign()).expect(201).json().get("id").asLong();
		long retiredTarget = target(county, campaign, retired).get("id").asLong();
		county
			.post("/api/care/campaigns/" + campaign + "/targets/" + retiredTarget + "/completion",
					Map.of("completedOn", TODAY.toString(), "spentFen", 300_00, "note", "已慰问"))
			.expect(200);
		visit(county, survivor, TODAY.minusMonths(2));
		visit(county, retired, TODAY.minusDays(3));
		long grant = approvedGrant(county, township, retired);
		county.post("/api/messaging/opt-outs", Map.of("channel", "SMS", "recipientKey", String.valueOf(retired)))
			.expect(204);
		long survivorPlaque = plaque(survivor, "ISSUED");
		long retiredPlaque = plaque(retired, "HUNG");
		// a family member's death reported late: October–December 2025 are to recover
		county
			.post("/api/registry/veterans/" + retired + "/family-members/" + widow + "/death",
					Map.of("date", "2025-03-15", "source", "公安户籍注销", "paidThroughMonth", "2025-12"))
			.expect(200);
		await().atMost(Duration.ofSeconds(30)).until(() -> count("benefits.overpayment", "veteran_id", retired) == 1);
		assertThat(stillOn(retired)).as("the retired file's rows before the merge")
			.contains("benefits.overpayment.veteran_id", "benefits.one_off_payable.veteran_id",
					"benefits.payment_line.veteran_id", "care.visit.veteran_id", "care.person_contact.veteran_id",
					"care.plan_target.veteran_id", "care.campaign_target.veteran_id",
					"grants.hardship_grant.veteran_id", "honors.plaque_household.veteran_ids",
					"messaging.opt_out.recipient_key");

		county
			.post("/api/registry/merges",
					Map.of("survivorId", survivor, "mergedId", retired, "fieldsFromMerged", List.of()))
			.expect(201);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(stillOn(retired)).isEmpty());
		assertThat(this.jdbc.sql("select count(*) from honors.plaque_household where household_key = :key")
			.param("key", "V:" + retired)
			.query(Long.class)
			.single()).isZero();

		// the survivor holds both histories
		JsonNode target = target(county, campaign, survivor);
		assertThat(target.get("spentFen").asLong()).as("spent on either file").isEqualTo(300_00);
		assertThat(county.get("/api/care/campaigns/" + campaign + "/rollup")
			.expect(200)
			.json()
			.get("total")
			.get("spentFen")
			.asLong()).isEqualTo(300_00);
		// the survivor's own last visit was two months ago; the retired file's campaign
		// completion today counts as a home visit
		assertThat(this.jdbc.sql("select last_visit_on, last_contact_on from care.person_contact where veteran_id = :v")
			.param("v", survivor)
			.query((rs, row) -> List.of(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.single()).containsExactly(TODAY, TODAY);
		assertThat(targetsOf(plan, survivor, retired)).as("one person, one target").containsExactly(survivor);
		assertThat(county.get("/api/grants/" + grant).expect(200).json().get("veteranId").asLong()).isEqualTo(survivor);
		// one household, one plaque in use: the one on the wall (国办发〔2018〕72号 Art 2)
		assertThat(plaqueStatus(retiredPlaque)).isEqualTo("HUNG");
		assertThat(plaqueStatus(survivorPlaque)).isEqualTo("REVOKED");
	}

	/**
	 * Every column that names a person file, found in the catalogue so that a table added
	 * later is checked too: {@code veteran_id}, {@code veteran_ids} and messaging's
	 * {@code recipient_key} (a registry person's key is their file id).
	 */
	private List<String> stillOn(long id) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select table_schema, table_name, column_name from information_schema.columns
				where column_name in ('veteran_id', 'veteran_ids', 'recipient_key')
				  and table_schema not in ('pg_catalog', 'information_schema')
				order by 1, 2, 3
				""").query().listOfRows();
		for (Map<String, Object> column : columns) {
			String table = column.get("table_schema") + "." + column.get("table_name");
			String name = (String) column.get("column_name");
			if (count(table, name, id) > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

	private long count(String table, String column, long id) {
		String predicate = switch (column) {
			case "veteran_ids" -> column + " @> array[cast(:id as bigint)]";
			case "recipient_key" -> column + " = cast(:id as text)";
			default -> column + " = :id";
		};
		return this.jdbc.sql("select count(*) from " + table + " where " + predicate)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** Which of the two files are targets of the plan. */
	private List<Long> targetsOf(long plan, long survivor, long retired) {
		return this.jdbc
			.sql("select veteran_id from care.plan_target where plan_id = :plan and veteran_id in (:people)")
			.param("plan", plan)
			.param("people", List.of(survivor, retired))
			.query(Long.class)
			.list();
	}

	/**
	 * A family member on the file holding 定期抚恤金 (category 21), paid for all of 2025 as
	 * earlier payment runs left it; answers the member's id.
	 */
	private long familyMemberReceivingSurvivorPension(long veteran) {
		long member = this.jdbc.sql("""
				insert into registry.family_member (veteran_id, relationship, name, gender, birth_date)
				values (:v, '10', '测试家属', 'FEMALE', date '1952-05-01') returning id
				""").param("v", veteran).query(Long.class).single();
		long beneficiary = this.jdbc.sql("""
				insert into registry.beneficiary (veteran_id, family_member_id, category, status)
				values (:v, :m, '21', 'RECEIVING') returning id
				""").param("v", veteran).param("m", member).query(Long.class).single();
		paidThroughDecember2025(veteran, beneficiary);
		return member;
	}

	private void paidThroughDecember2025(long veteran, long beneficiary) {
		this.jdbc
			.sql("""
					insert into benefits.payment_line (beneficiary_id, benefit_type, period_month, basis, attempt, run_id, kind,
					                                   veteran_id, region_code, payee_name, amount_fen, state)
					select :b, 'SURVIVOR_PENSION', m, 0, 0, 0, 'REGULAR', :v, :region, '测试人员1', 212000, 'PAID'
					from generate_series(date '2025-01-01', date '2025-12-01', interval '1 month') m
					""")
			.param("b", beneficiary)
			.param("v", veteran)
			.param("region", VILLAGE)
			.update();
	}

	private static Map<String, Object> campaign() {
		Map<String, Object> draft = new HashMap<>();
		draft.put("kind", "ARMY_DAY");
		draft.put("year", TODAY.getYear());
		draft.put("name", "八一慰问（合并测试）");
		draft.put("regionCode", VILLAGE);
		draft.put("startsOn", TODAY.minusDays(10).toString());
		draft.put("endsOn", TODAY.plusDays(10).toString());
		draft.put("budgetFen", 10_000_00);
		draft.put("categories", List.of("21"));
		draft.put("standards", List.of(Map.of("targetType", "KEY_BENEFICIARY", "amountFen", 500_00)));
		return draft;
	}

	private static JsonNode target(ApiClient client, long campaign, long veteran) {
		return client.get("/api/care/campaigns/" + campaign + "/targets?size=200")
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.filter((t) -> t.get("veteranId").asLong(0) == veteran)
			.findFirst()
			.orElseThrow();
	}

	private static void visit(ApiClient client, long veteran, LocalDate on) {
		client
			.post("/api/care/visits",
					Map.of("veteranId", veteran, "kind", "HOME_VISIT", "visitedOn", on.toString(), "visitors", "张站长"))
			.expect(201);
	}

	/** Applied for at the county, approved by the township within its cap: a payable. */
	private static long approvedGrant(ApiClient county, ApiClient township, long veteran) {
		Map<String, Object> application = new HashMap<>();
		application.put("veteranId", veteran);
		application.put("grantType", "MEDICAL");
		application.put("requestedFen", 300_00);
		application.put("reason", "住院治疗");
		application.put("householdSize", 2);
		application.put("payout", "PAYMENT_RUN");
		long id = county.post("/api/grants", application).expect(201).json().get("id").asLong();
		township.post("/api/grants/" + id + "/decisions", Map.of("action", "APPROVE")).expect(200);
		return id;
	}

	/**
	 * A file without an address is a plaque household of its own ({@code V:<id>}, ADR
	 * 0013), here with a plaque in the given state.
	 */
	private long plaque(long veteran, String status) {
		long household = this.jdbc.sql("""
				insert into honors.plaque_household (household_key, head_name, region_code, bases, veteran_ids)
				values (:key, '测试人员1', :region, '{VETERAN}', array[cast(:v as bigint)])
				returning id
				""")
			.param("key", "V:" + veteran)
			.param("region", VILLAGE)
			.param("v", veteran)
			.query(Long.class)
			.single();
		return this.jdbc
			.sql("""
					insert into honors.glory_plaque (household_id, region_code, status, issued_on, issued_by, hung_on)
					values (:h, :region, :status, :issued, 'county.staff', case when :status = 'HUNG' then cast(:issued as date) end)
					returning id
					""")
			.param("h", household)
			.param("region", VILLAGE)
			.param("status", status)
			.param("issued", TODAY.minusMonths(1))
			.query(Long.class)
			.single();
	}

	private String plaqueStatus(long plaque) {
		return this.jdbc.sql("select status from honors.glory_plaque where id = :id")
			.param("id", plaque)
			.query(String.class)
			.single();
	}

}
