package org.rongjun.registry;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.DAYUN;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;
import static org.rongjun.support.IdNumbers.withCheckCharacter;

@IntegrationTest
class VeteranRegistrationIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient xitang;

	@BeforeEach
	void logIn() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
	}

	@Test
	void aRegisteredVeteranHasGenderAndBirthDateFromTheIdNumberAndShowsOnlyMasks() {
		String id = idNumber(java.time.LocalDate.of(1965, 3, 12));
		Map<String, Object> draft = veteran("李建国", id, XITANG);
		draft.put("phone", "138 0057 1234");
		draft.put("bankAccount", "6222 0212 3456 7890 123");
		JsonNode created = this.xitang.post("/api/registry/veterans", draft).expect(201).json();
		assertThat(created.get("gender").asString()).isEqualTo("MALE");
		assertThat(created.get("birthDate").asString()).isEqualTo("1965-03-12");
		assertThat(created.get("idNumberMasked").asString()).isEqualTo("3304**********" + id.substring(14));
		assertThat(created.get("phoneMasked").asString()).isEqualTo("138****1234");
		assertThat(created.get("bankAccountMasked").asString()).isEqualTo("6222***********0123");
		assertThat(created.get("householdRegionName").asString()).isEqualTo("西塘镇");
		assertThat(created.toString()).doesNotContain(id).doesNotContain("13800571234");
		JsonNode read = this.xitang.get("/api/registry/veterans/" + created.get("id").asLong()).expect(200).json();
		assertThat(read.toString()).doesNotContain(id);
	}

	@Test
	void aDuplicateIdNumberInsideTheScopeIsRefusedWithTheExistingRecord() {
		String id = idNumber();
		long first = this.xitang.post("/api/registry/veterans", veteran("王大海", id, XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		JsonNode problem = this.xitang.post("/api/registry/veterans", veteran("王大海", id.toLowerCase(), XITANG))
			.expect(409)
			.json();
		assertThat(problem.get("code").asString()).isEqualTo("DUPLICATE_PERSON");
		assertThat(problem.get("detail").asString()).isEqualTo("该身份证号已登记");
		assertThat(problem.get("existingId").asLong()).isEqualTo(first);
	}

	@Test
	void aDuplicateIdNumberFromAnotherTownshipIsRefusedWithoutSayingWhere() {
		String id = idNumber();
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		long dayunVeteran = dayun.post("/api/registry/veterans", veteran("赵卫东", id, DAYUN))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		var response = this.xitang.post("/api/registry/veterans", veteran("赵卫东", id, XITANG)).expect(409);
		JsonNode problem = response.json();
		assertThat(problem.get("code").asString()).isEqualTo("DUPLICATE_PERSON");
		assertThat(problem.get("detail").asString()).isEqualTo("该身份证号已在其他地区登记");
		assertThat(problem.has("existingId")).isFalse();
		assertThat(response.body()).doesNotContain("330421102").doesNotContain("大云").doesNotContain("" + dayunVeteran);
	}

	@Test
	void correctingTheIdNumberToOneAlreadyRegisteredIsRefusedToo() {
		String taken = idNumber();
		this.xitang.post("/api/registry/veterans", veteran("孙立", taken, XITANG)).expect(201);
		long id = this.xitang.post("/api/registry/veterans", veteran("孙立人", idNumber(), XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		assertThat(this.xitang.put("/api/registry/veterans/" + id, veteran("孙立人", taken, XITANG))
			.expect(409)
			.json()
			.get("code")
			.asString()).isEqualTo("DUPLICATE_PERSON");
	}

	@Test
	void anInvalidIdNumberIsReportedOnTheIdNumberFieldWithTheReason() {
		String valid = idNumber();
		char wrong = (valid.charAt(17) == '1') ? '2' : '1';
		assertIdProblem(valid.substring(0, 17) + wrong, "身份证号校验码错误");
		String badDate = "33042119810229001";
		assertIdProblem(withCheckCharacter(badDate), "身份证号出生日期无效");
		assertIdProblem("3304211965", "身份证号长度应为18位");
	}

	@Test
	void aLegacyFifteenDigitNumberIsStoredAsItsEighteenDigitForm() {
		JsonNode created = this.xitang.post("/api/registry/veterans", veteran("钱学文", "330421580214123", XITANG))
			.expect(201)
			.json();
		assertThat(created.get("birthDate").asString()).isEqualTo("1958-02-14");
		var found = this.xitang.get("/api/registry/veterans?idNumber=" + withCheckCharacter("33042119580214123"))
			.expect(200)
			.json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
	}

	@Test
	void codesMustBeActiveDictionaryItems() {
		Map<String, Object> draft = veteran("周国庆", idNumber(), XITANG);
		draft.put("militaryBranch", "99");
		assertFieldProblem(this.xitang.post("/api/registry/veterans", draft), "militaryBranch");
		draft.put("militaryBranch", "4");
		draft.put("dischargeType", "NOPE");
		assertFieldProblem(this.xitang.post("/api/registry/veterans", draft), "dischargeType");
		draft.put("dischargeType", "SELF_CAREER");
		this.xitang.post("/api/registry/veterans", draft).expect(201);
	}

	@Test
	void dischargeMustComeAfterEnlistment() {
		Map<String, Object> draft = veteran("吴刚", idNumber(), XITANG);
		draft.put("dischargeDate", "1990-01-01");
		assertFieldProblem(this.xitang.post("/api/registry/veterans", draft), "dischargeDate");
	}

	@Test
	void aGenderThatContradictsTheIdNumberIsRefused() {
		Map<String, Object> draft = veteran("郑和平", idNumber(), XITANG);
		draft.put("gender", "FEMALE");
		assertFieldProblem(this.xitang.post("/api/registry/veterans", draft), "gender");
	}

	@Test
	void theHouseholdRegionMustBeCurrentAndInsideTheScope() {
		assertFieldProblem(this.xitang.post("/api/registry/veterans", veteran("冯军", idNumber(), "330421199000")),
				"householdRegionCode");
		JsonNode problem = this.xitang.post("/api/registry/veterans", veteran("冯军", idNumber(), DAYUN))
			.expect(403)
			.json();
		assertThat(problem.get("code").asString()).isEqualTo("OUT_OF_SCOPE");
	}

	@Test
	void aVillageLiaisonMayReadButNotRegister() {
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		village.get("/api/registry/veterans").expect(200);
		village.post("/api/registry/veterans", veteran("陈兵", idNumber(), RegistryFixtures.XIJIE)).expect(403);
	}

	@Test
	void anAdministratorExtendsACodeListThatStaffThenUse() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		admin
			.post("/api/registry/dictionaries/MILITARY_BRANCH", Map.of("code", "ZJ1", "label", "测试兵种", "sortOrder", 99))
			.expect(201);
		assertThat(this.xitang.get("/api/registry/dictionaries/MILITARY_BRANCH").expect(200).body()).contains("测试兵种");
		this.xitang.post("/api/registry/dictionaries/MILITARY_BRANCH", Map.of("code", "ZJ2", "label", "越权"))
			.expect(403);
		Map<String, Object> draft = veteran("褚红军", idNumber(), XITANG);
		draft.put("militaryBranch", "ZJ1");
		this.xitang.post("/api/registry/veterans", draft).expect(201);
		admin.put("/api/registry/dictionaries/MILITARY_BRANCH/ZJ1", Map.of("label", "测试兵种", "active", false))
			.expect(200);
		draft.put("idNumber", idNumber());
		assertFieldProblem(this.xitang.post("/api/registry/veterans", draft), "militaryBranch");
	}

	private void assertIdProblem(String idNumber, String message) {
		JsonNode problem = this.xitang.post("/api/registry/veterans", veteran("测试", idNumber, XITANG))
			.expect(400)
			.json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(message);
	}

	private static void assertFieldProblem(ApiClient.Response response, String field) {
		JsonNode problem = response.expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
