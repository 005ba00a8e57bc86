package org.rongjun.registry;

import java.util.HashMap;
import java.util.Map;

/**
 * Regions and veteran drafts for the registry's tests (ID numbers:
 * {@link org.rongjun.support.IdNumbers}).
 */
public final class RegistryFixtures {

	public static final String XITANG = "330421103000";

	public static final String XIJIE = "330421103001";

	public static final String DAYUN = "330421102000";

	private RegistryFixtures() {
	}

	public static Map<String, Object> veteran(String name, String idNumber, String regionCode) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("name", name);
		draft.put("idNumber", idNumber);
		draft.put("householdRegionCode", regionCode);
		draft.put("militaryBranch", "1");
		draft.put("dischargeType", "SELF_EMPLOYED");
		draft.put("enlistmentDate", "1990-12-01");
		draft.put("dischargeDate", "1994-12-01");
		return draft;
	}

}
