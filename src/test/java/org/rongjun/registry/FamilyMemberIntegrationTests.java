package org.rongjun.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;

@IntegrationTest
class FamilyMemberIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aFamilyMembersIdNumberGivesBirthDateAndIsKeptWhenACorrectionLeavesItOut() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long veteran = xitang.post("/api/registry/veterans", veteran("卫国强", idNumber(), XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		String childId = idNumber(LocalDate.of(1995, 6, 1));
		Map<String, Object> draft = new HashMap<>();
		draft.put("relationship", "20");
		draft.put("name", "卫小兵");
		draft.put("idNumber", childId);
		JsonNode child = xitang.post("/api/registry/veterans/" + veteran + "/family-members", draft).expect(201).json();
		assertThat(child.get("birthDate").asString()).isEqualTo("1995-06-01");
		assertThat(child.get("idNumberMasked").asString()).isEqualTo("3304**********" + childId.substring(14));
		draft.remove("idNumber");
		draft.put("name", "卫晓兵");
		JsonNode corrected = xitang
			.put("/api/registry/veterans/" + veteran + "/family-members/" + child.get("id").asLong(), draft)
			.expect(200)
			.json();
		assertThat(corrected.get("name").asString()).isEqualTo("卫晓兵");
		assertThat(corrected.get("idNumberMasked").asString()).isEqualTo(child.get("idNumberMasked").asString());
		draft.put("relationship", "99");
		JsonNode problem = xitang.post("/api/registry/veterans/" + veteran + "/family-members", draft)
			.expect(400)
			.json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("relationship");
		ApiClient.loggedIn(this.port, "dayun.staff")
			.get("/api/registry/veterans/" + veteran + "/family-members")
			.expect(404);
	}

}
