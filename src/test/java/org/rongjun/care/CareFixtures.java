package org.rongjun.care;

import java.util.HashMap;
import java.util.Map;

import org.rongjun.support.ApiClient;

import static org.rongjun.support.IdNumbers.idNumber;

/**
 * People registered by the care tests (ID numbers from
 * {@link org.rongjun.support.IdNumbers}).
 */
final class CareFixtures {

	static final String XITANG = "330421103000";

	static final String DAYUN = "330421102000";

	private CareFixtures() {
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
