package org.rongjun.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.rongjun.shared.IdNumber;

/** Valid, never repeated ID numbers and veteran drafts for the one test database. */
public final class RegistryFixtures {

	public static final String XITANG = "330421103000";

	public static final String XIJIE = "330421103001";

	public static final String DAYUN = "330421102000";

	private static final AtomicInteger sequence = new AtomicInteger();

	private RegistryFixtures() {
	}

	/** A man's ID number issued in 嘉善县, born some day in the 1960s–1980s. */
	public static String idNumber() {
		return idNumber(LocalDate.of(1960, 1, 1).plusDays(sequence.incrementAndGet() * 7L));
	}

	public static String idNumber(LocalDate birth) {
		String first17 = "330421" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%02d1", sequence.incrementAndGet() % 100);
		return first17 + IdNumber.checkCharFor(first17);
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
