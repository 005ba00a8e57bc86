package org.rongjun.care;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.rongjun.shared.IdNumber;
import org.rongjun.support.ApiClient;

/**
 * People registered by the care tests: born in the 1950s, so no other test's ID repeats.
 */
final class CareFixtures {

	static final String XITANG = "330421103000";

	static final String DAYUN = "330421102000";

	private static final AtomicInteger sequence = new AtomicInteger();

	private CareFixtures() {
	}

	static String idNumber() {
		int n = sequence.incrementAndGet();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n * 11L);
		String first17 = "330421" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%02d3", n % 100);
		return first17 + IdNumber.checkCharFor(first17);
	}

	/** Registers a veteran and returns the id. */
	static long register(ApiClient client, String name, String regionCode, boolean hardship, String dischargeType) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("name", name);
		draft.put("idNumber", idNumber());
		draft.put("householdRegionCode", regionCode);
		draft.put("militaryBranch", "1");
		draft.put("dischargeType", dischargeType);
		draft.put("enlistmentDate", "1970-12-01");
		draft.put("dischargeDate", "1990-12-01");
		draft.put("hardship", hardship);
		return client.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
	}

}
