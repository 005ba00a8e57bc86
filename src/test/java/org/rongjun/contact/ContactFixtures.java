package org.rongjun.contact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import org.rongjun.shared.IdNumber;
import org.rongjun.support.ApiClient;

/**
 * People registered by the contact and risk tests: born in the 1940s with the sequence
 * digit 7, so no other test's ID repeats; and the calls the tests make again and again.
 */
public final class ContactFixtures {

	public static final String XITANG = "330421103000";

	/** 西街社区 (西塘镇), the demo liaison xijie.staff's village. */
	public static final String XIJIE = "330421103001";

	/** 朝南埭社区 (西塘镇), a village the tests fill with their own people. */
	public static final String CHAONAN = "330421103002";

	public static final String DAYUN = "330421102000";

	private static final AtomicInteger sequence = new AtomicInteger();

	private ContactFixtures() {
	}

	static String idNumber() {
		int n = sequence.incrementAndGet();
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n * 13L);
		String first17 = "330421" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%02d7", n % 100);
		return first17 + IdNumber.checkCharFor(first17);
	}

	/** Registers a living veteran in {@code regionCode} and returns the id. */
	public static long register(ApiClient client, String name, String regionCode, boolean hardship) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("name", name);
		draft.put("idNumber", idNumber());
		draft.put("householdRegionCode", regionCode);
		draft.put("militaryBranch", "1");
		draft.put("dischargeType", "SELF_EMPLOYED");
		draft.put("enlistmentDate", "1960-12-01");
		draft.put("dischargeDate", "1966-12-01");
		draft.put("hardship", hardship);
		return client.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
	}

	/** Takes on the region's new people now instead of at the next sync. */
	public static void sync(ApiClient client, String regionCode) {
		client.post("/api/contact/people/sync?regionCode=" + regionCode, Map.of()).expect(200);
	}

	public static Map<String, Object> contact(long veteranId, String channel, String mood) {
		Map<String, Object> body = new HashMap<>();
		body.put("veteranId", veteranId);
		body.put("channel", channel);
		body.put("mood", mood);
		body.put("contactedBy", "测试联络员");
		return body;
	}

	public static JsonNode person(ApiClient client, long veteranId) {
		return client.get("/api/contact/people/" + veteranId).expect(200).json();
	}

	/** The id of an active staff member of the station at {@code regionCode}. */
	public static long staffAt(ApiClient client, String regionCode) {
		for (JsonNode staff : client.get("/api/organization/staff?size=200").expect(200).json().get("items")) {
			if (staff.get("regionCode").asString().equals(regionCode) && staff.get("active").asBoolean()) {
				return staff.get("id").asLong();
			}
		}
		throw new AssertionError("no active staff at " + regionCode);
	}

	/** The person ids of a page of the people lists. */
	public static List<Long> ids(ApiClient.Response response) {
		return response.expect(200).json().get("items").valueStream().map((p) -> p.get("veteranId").asLong()).toList();
	}

	public static void assignVillage(ApiClient client, String village, long staffId) {
		client.post("/api/contact/assignments", Map.of("villageCodes", List.of(village), "staffId", staffId))
			.expect(200);
	}

}
