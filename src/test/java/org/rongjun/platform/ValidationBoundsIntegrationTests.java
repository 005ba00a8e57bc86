package org.rongjun.platform;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Input that no real case produces is refused with a problem detail naming the field, and
 * nothing is stored or guessed into place: money is whole fen, positive and below a sane
 * maximum; dates lie in a plausible range for their field; benefit standards are set at
 * county level or above (抚恤优待条例: 县级以上人民政府退役军人工作主管部门).
 */
@IntegrationTest
class ValidationBoundsIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	ValidationBoundsIntegrationTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void aStandardOfTheLargestLongIsRefused() {
		assertFieldRefused(standard(Map.of("annualFen", Long.MAX_VALUE)), "annualFen", "1,000,000.00 元");
		assertFieldRefused(standard(Map.of("annualFen", 0)), "annualFen", "0.01 元");
		assertFieldRefused(standard(Map.of("annualFen", -100)), "annualFen", "0.01 元");
	}

	@Test
	void aFractionOfAFenIsRefusedNotRoundedAway() {
		long before = standards();
		assertFieldRefused(standard(Map.of("annualFen", 1.5)), "annualFen", "整数");
		assertFieldRefused(standard(Map.of("annualFen", 1_200_000.5)), "annualFen", "整数");
		assertThat(standards()).isEqualTo(before);
	}

	@Test
	void datesIn1800Or2200AreRefusedPerField() {
		assertFieldRefused(standard(Map.of("effectiveFrom", "1800-01-01")), "effectiveFrom", "1950-01-01");
		assertFieldRefused(standard(Map.of("effectiveFrom", "2200-01-01")), "effectiveFrom", "日期须在");
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		for (String birth : new String[] { "1800-05-01", "2200-05-01" }) {
			JsonNode refused = staff
				.post("/api/registry/veterans",
						Map.of("name", "日期测试", "birthDate", birth, "householdRegionCode", "330421103001"))
				.expect(400)
				.json();
			assertThat(refused.get("errors").toString()).contains("birthDate").contains("1900-01-01");
		}
		JsonNode enlisted = staff
			.post("/api/registry/veterans",
					Map.of("name", "日期测试", "enlistmentDate", "1900-01-01", "householdRegionCode", "330421103001"))
			.expect(400)
			.json();
		assertThat(enlisted.get("errors").toString()).contains("enlistmentDate").contains("1927-08-01");
	}

	@Test
	void standardsAreSetAtCountyLevelOrAboveNeverByATownship() {
		// 西塘镇: a township of the caller's own county, inside their scope.
		assertFieldRefused(standard(Map.of("regionCode", "330421103000")), "regionCode", "县级及以上");
		assertFieldRefused(standard(Map.of("regionCode", "330421103001")), "regionCode", "县级及以上");
		assertThatThrownBy(() -> this.jdbc
			.sql("""
					insert into benefits.benefit_standard (benefit_type, category, region_code, effective_from, annual_fen,
					    monthly_fen, basis, status, created_by)
					values ('LIVING_SUBSIDY', '41', '330421103000', date '2028-01-01', 120000, 10000, '绕过服务', 'DRAFT', 'sql')
					""")
			.update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("benefit_standard_county_or_above");
	}

	@Test
	void aHardshipGrantAsksForAPositiveSaneAmount() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		for (Object amount : new Object[] { 0, -5_000, 100_000_000_01L, 2.5 }) {
			JsonNode refused = staff
				.post("/api/grants",
						Map.of("veteranId", 1, "grantType", "LIVING", "requestedFen", amount, "reason", "金额测试"))
				.expect(400)
				.json();
			assertThat(refused.get("errors").get(0).get("field").asString()).as(amount.toString())
				.isEqualTo("requestedFen");
		}
	}

	private void assertFieldRefused(Map<String, Object> body, String field, String message) {
		ApiClient.Response response = ApiClient.loggedIn(this.port, "county.staff")
			.post("/api/benefits/standards", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains(message);
	}

	private static Map<String, Object> standard(Map<String, Object> changes) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("benefitType", "LIVING_SUBSIDY");
		draft.put("category", "41");
		draft.put("regionCode", "330421000000");
		draft.put("component", "BOUNDS_TEST");
		draft.put("effectiveFrom", "2028-01-01");
		draft.put("annualFen", 1_200_000);
		draft.put("basis", "校验边界测试");
		draft.putAll(changes);
		return draft;
	}

	private long standards() {
		return this.jdbc.sql("select count(*) from benefits.benefit_standard").query(Long.class).single();
	}

}
