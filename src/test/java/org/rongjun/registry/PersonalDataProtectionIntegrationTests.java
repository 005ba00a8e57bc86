package org.rongjun.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;

/**
 * ID, phone and bank account numbers are stored encrypted (个人信息保护法 Art 28, 51), shown
 * masked, and revealed only to those permitted, with an audit entry.
 */
@IntegrationTest
class PersonalDataProtectionIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	PersonalDataProtectionIntegrationTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void noTableOfTheRegistryHoldsAnIdPhoneOrBankAccountNumberInClear() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		String id = idNumber();
		String memberId = idNumber();
		Map<String, Object> draft = veteran("蒋明", id, XITANG);
		draft.put("phone", "13705731357");
		draft.put("bankAccount", "6228480402564890018");
		long veteran = xitang.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
		xitang
			.post("/api/registry/veterans/" + veteran + "/family-members",
					Map.of("relationship", "10", "name", "蒋妻", "idNumber", memberId, "phone", "13605732468"))
			.expect(201);
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = 'registry'")
			.query(String.class)
			.list();
		assertThat(tables).contains("veteran", "family_member", "veteran_name_key");
		StringBuilder everything = new StringBuilder();
		for (String table : tables) {
			this.jdbc.sql("select t::text from registry." + table + " t")
				.query(String.class)
				.list()
				.forEach((row) -> everything.append(row).append('\n'));
		}
		String dump = everything.toString();
		assertThat(dump).contains("蒋明");
		for (String secret : List.of(id, id.substring(0, 17), memberId, "13705731357", "6228480402564890018",
				"13605732468")) {
			assertThat(dump).doesNotContain(secret);
		}
	}

	@Test
	void countyStaffRevealFullNumbersAndTheAuditLogSaysWhichField() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		String id = idNumber();
		Map<String, Object> draft = veteran("秦卫国", id, XITANG);
		draft.put("phone", "13905730001");
		draft.put("bankAccount", "6217001234567890");
		long veteran = xitang.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		assertThat(reveal(county, veteran, "idNumber").expect(200).json().get("value").asString()).isEqualTo(id);
		assertThat(reveal(county, veteran, "phone").expect(200).json().get("value").asString())
			.isEqualTo("13905730001");
		assertThat(reveal(county, veteran, "bankAccount").expect(200).json().get("value").asString())
			.isEqualTo("6217001234567890");
		JsonNode audit = ApiClient.loggedIn(this.port, "county.auditor")
			.get("/api/identity/audit?username=county.staff&action=VIEW&size=200")
			.expect(200)
			.json();
		assertThat(audit.toString()).contains("POST /api/registry/veterans/" + veteran + "/reveal")
			.contains("reveal idNumber")
			.doesNotContain(id);
	}

	@Test
	void townshipStaffWithoutTheRevealPermissionAreRefused() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long veteran = xitang.post("/api/registry/veterans", veteran("许光荣", idNumber(), XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		JsonNode problem = reveal(xitang, veteran, "idNumber").expect(403).json();
		assertThat(problem.get("code").asString()).isEqualTo("ACCESS_DENIED");
	}

	@Test
	void revealStaysInsideTheScopeAndNamesOnlyKnownFields() {
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		long elsewhere = dayun.post("/api/registry/veterans", veteran("何远", idNumber(), RegistryFixtures.DAYUN))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		JsonNode problem = reveal(county, elsewhere, "password").expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("field");
		assertThat(reveal(county, elsewhere, "phone").expect(200).json().get("value").isNull()).isTrue();
	}

	@Test
	void aPhoneNumberCanBeReplacedOrRemovedWithoutResendingTheIdNumber() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		Map<String, Object> draft = veteran("吕志强", idNumber(), XITANG);
		draft.put("phone", "13905739999");
		long veteran = xitang.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
		draft.remove("idNumber");
		draft.put("phone", "13805738888");
		assertThat(
				xitang.put("/api/registry/veterans/" + veteran, draft).expect(200).json().get("phoneMasked").asString())
			.isEqualTo("138****8888");
		draft.put("phone", "");
		assertThat(
				xitang.put("/api/registry/veterans/" + veteran, draft).expect(200).json().get("phoneMasked").isNull())
			.isTrue();
	}

	private static ApiClient.Response reveal(ApiClient client, long veteran, String field) {
		return client.post("/api/registry/veterans/" + veteran + "/reveal", Map.of("field", field));
	}

}
