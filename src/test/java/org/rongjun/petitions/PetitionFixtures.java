package org.rongjun.petitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;

/** Requests the petition tests share. */
final class PetitionFixtures {

	static final String XIJIE = "330421103001";

	private PetitionFixtures() {
	}

	/**
	 * A letter from a person without a file, with a name and address (the notice is
	 * owed).
	 */
	static Map<String, Object> letter(String name, String receivedOn, String petitionClass, String category) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", "LETTER");
		body.put("receivedOn", receivedOn);
		body.put("regionCode", XIJIE);
		body.put("petitionClass", petitionClass);
		body.put("category", category);
		body.put("subject", name + "反映" + category);
		body.put("content", "请求落实相关待遇。事实：……理由：……");
		body.put("petitionerName", name);
		body.put("phone", "138 0000 " + String.format("%04d", Math.abs(name.hashCode()) % 10000));
		body.put("address", "嘉善县西塘镇西街" + (Math.abs(name.hashCode()) % 90 + 1) + "号");
		return body;
	}

	static Map<String, Object> answer(String opinion, String answeredOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("request", "请求补发优抚待遇");
		body.put("factsAndReasons", "经调查核实，信访人符合条件的时间为2025年1月。");
		body.put("opinion", opinion);
		body.put("opinionText", "自2025年1月起补发。");
		body.put("legalBasis", "《军人抚恤优待条例》第三十条");
		body.put("answeredOn", answeredOn);
		return body;
	}

	static long register(ApiClient client, Map<String, Object> body) {
		return client.post("/api/petitions", body).expect(201).json().get("id").asLong();
	}

	static JsonNode clock(JsonNode petition, String kind) {
		for (JsonNode clock : petition.get("clocks")) {
			if (clock.get("kind").asString().equals(kind)) {
				return clock;
			}
		}
		throw new AssertionError("no clock " + kind + " in " + petition);
	}

	static List<Long> ids(ApiClient client, String query) {
		JsonNode page = client.get("/api/petitions?size=200" + query).expect(200).json();
		return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
	}

	/** A second county-level account for the 复核 (nobody reviews their own answer). */
	static ApiClient thirdCountyOfficer(int port) {
		ApiClient admin = ApiClient.loggedIn(port, "county.admin");
		String username = "petition.recheck";
		int created = admin
			.post("/api/identity/users", Map.of("username", username, "displayName", "复核专员", "password", "Recheck2026a",
					"scopeCode", "330421000000", "roles", List.of("COUNTY_STAFF")))
			.status();
		ApiClient officer = new ApiClient(port);
		if (created == 201) {
			officer.login(username, "Recheck2026a").expect(200);
			officer.post("/api/auth/password", Map.of("oldPassword", "Recheck2026a", "newPassword", "Recheck2026b"))
				.expect(204);
		}
		else {
			officer.login(username, "Recheck2026b").expect(200);
		}
		return officer;
	}

}
