package org.rongjun.benefits.standard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data scope on standards (ADR 0003): a user of 嘉善县 sees the standards set for the county
 * and the levels above it, but enters and decides only the county's own. Another county
 * (330402 南湖区) is invisible; national and provincial ones are read-only.
 */
@IntegrationTest
class StandardScopeApiTests {

	static final String OTHER_COUNTY = "330402000000";

	static final RegionScope PROVINCE = RegionScope.of(RegionCode.of("33"));

	@LocalServerPort
	int port;

	final BenefitStandards standards;

	StandardScopeApiTests(BenefitStandards standards) {
		this.standards = standards;
	}

	@Test
	void aCountyUserCannotEnterAStandardForAnotherCountyNorANationalOrProvincialOne() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		for (String region : List.of(OTHER_COUNTY, "000000000000", "330000000000")) {
			ApiClient.Response response = county.post("/api/benefits/standards", draft(region, "2028-01-01"));
			assertThat(response.status()).as(region).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("OUT_OF_SCOPE");
			assertThat(response.json().get("detail").asString()).contains("不能录入");
		}
		assertThat(this.standards.list(PROVINCE, BenefitType.LIVING_SUBSIDY, null, OTHER_COUNTY))
			.noneMatch((standard) -> standard.createdBy().equals("county.staff"));
	}

	@Test
	void aCountyUserCannotSeeApproveOrRejectAnotherCountysStandard() {
		BenefitStandard other = this.standards.enter(standardDraft(OTHER_COUNTY), PROVINCE, "province.maker");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		assertThat(checker.get("/api/benefits/standards/" + other.id()).status()).isEqualTo(404);
		assertThat(checker.post("/api/benefits/standards/" + other.id() + "/approve", Map.of()).status())
			.isEqualTo(404);
		assertThat(checker.post("/api/benefits/standards/" + other.id() + "/reject", Map.of()).status()).isEqualTo(404);
		assertThat(ids(checker.get("/api/benefits/standards?status=DRAFT").expect(200).json()))
			.doesNotContain(other.id());
		assertThat(this.standards.get(other.id(), PROVINCE).status()).isEqualTo(StandardStatus.DRAFT);
	}

	@Test
	void aCountyUserSeesNationalStandardsButCannotApproveANationalDraft() {
		JsonNode all = ApiClient.loggedIn(this.port, "county.staff")
			.get("/api/benefits/standards?benefitType=DISABILITY_PENSION")
			.expect(200)
			.json();
		assertThat(all.valueStream().map((s) -> s.get("regionCode").asString()))
			.contains("000000000000", "330421000000")
			.allMatch((code) -> code.equals("000000000000") || code.startsWith("330421"));

		BenefitStandard national = this.standards.enter(standardDraft("000000000000"), PROVINCE, "province.maker");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		assertThat(checker.get("/api/benefits/standards/" + national.id()).expect(200).json().get("status").asString())
			.isEqualTo("DRAFT");
		ApiClient.Response approve = checker.post("/api/benefits/standards/" + national.id() + "/approve", Map.of());
		assertThat(approve.status()).isEqualTo(403);
		assertThat(approve.json().get("detail").asString()).contains("上级部门");
		assertThat(checker.post("/api/benefits/standards/" + national.id() + "/reject", Map.of()).status())
			.isEqualTo(403);
		assertThat(this.standards.get(national.id(), PROVINCE).status()).isEqualTo(StandardStatus.DRAFT);
		this.standards.reject(national.id(), PROVINCE, "province.checker");
	}

	@Test
	void aCountyUserEntersTheCountysOwnStandardAndASecondCountyUserApprovesIt() {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		long id = maker.post("/api/benefits/standards", draft("330421000000", "2029-01-01"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		checker.post("/api/benefits/standards/" + id + "/reject", Map.of()).expect(200);
	}

	@Test
	void aProvinceLevelUserMayEnterProvincialAndNationalStandardsButACountyUserMayNot() {
		BenefitStandard provincial = this.standards.enter(standardDraft("330000000000"), PROVINCE, "province.maker");
		assertThat(provincial.status()).isEqualTo(StandardStatus.DRAFT);
		RegionScope jiashan = RegionScope.of(RegionCode.of("330421"));
		assertThatThrownBy(() -> this.standards.approve(provincial.id(), jiashan, "county.checker"))
			.isInstanceOfSatisfying(ProblemException.class,
					(problem) -> assertThat(problem.code()).isEqualTo("OUT_OF_SCOPE"));
		assertThatThrownBy(() -> this.standards.enter(standardDraft("330000000000"), jiashan, "county.staff"))
			.isInstanceOfSatisfying(ProblemException.class,
					(problem) -> assertThat(problem.code()).isEqualTo("OUT_OF_SCOPE"));
		assertThat(this.standards.reject(provincial.id(), PROVINCE, "province.checker").status())
			.isEqualTo(StandardStatus.REJECTED);
	}

	private static Map<String, Object> draft(String region, String from) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("benefitType", "LIVING_SUBSIDY");
		draft.put("category", "41");
		draft.put("regionCode", region);
		draft.put("component", "SCOPE_TEST");
		draft.put("effectiveFrom", from);
		draft.put("annualFen", 1_200_000);
		draft.put("basis", "数据范围测试");
		return draft;
	}

	private static StandardDraft standardDraft(String region) {
		return new StandardDraft(BenefitType.LIVING_SUBSIDY, "41", null, null, null, region, "SCOPE_TEST",
				LocalDate.of(2093, 1, 1), 1_200_000L, null, null, null, "数据范围测试");
	}

	private static List<Long> ids(JsonNode standards) {
		return standards.valueStream().map((s) -> s.get("id").asLong()).toList();
	}

}
