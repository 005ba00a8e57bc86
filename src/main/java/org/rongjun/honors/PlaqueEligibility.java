package org.rongjun.honors;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.MilitaryHousehold;

/**
 * The glory plaque rule of 国办发〔2018〕72号 applied to one registry file.
 * <ul>
 * <li>Art 2: survivors of martyrs, of servicemembers who died on duty or of illness,
 * serving members and veterans — one plaque per household even when several hold (the
 * {@link #householdKey household key}).</li>
 * <li>Households whose survivor or veteran died before the rule took effect (2018-07-29)
 * are not given a plaque (provincial implementing rules, docs/rules.md).</li>
 * <li>A household keeps its plaque after its veteran or survivor dies, but it is no
 * longer replaced ({@link #basisDeceased}).</li>
 * </ul>
 */
final class PlaqueEligibility {

	/** The day 国办发〔2018〕72号 was issued. */
	static final LocalDate EFFECTIVE = LocalDate.of(2018, 7, 29);

	private PlaqueEligibility() {
	}

	/** The bases this file gives its household; empty when it gives none. */
	static Set<PlaqueBasis> bases(MilitaryHousehold file) {
		Set<PlaqueBasis> bases = EnumSet.noneOf(PlaqueBasis.class);
		for (MilitaryHousehold.Survivor survivor : file.survivors()) {
			if (survivor.deathDate() == null || !survivor.deathDate().isBefore(EFFECTIVE)) {
				bases.add(PlaqueBasis.ofSurvivorCategory(survivor.category()));
			}
		}
		if (file.serving()) {
			bases.add(PlaqueBasis.SERVING_MEMBER);
		}
		else if (file.dischargeDate() != null && (file.deathDate() == null || !file.deathDate().isBefore(EFFECTIVE))) {
			bases.add(PlaqueBasis.VETERAN);
		}
		return bases;
	}

	/** True when every person giving the household a basis has died. */
	static boolean basisDeceased(MilitaryHousehold file) {
		boolean livingSurvivor = file.survivors().stream().anyMatch((s) -> s.deathDate() == null);
		return !livingSurvivor && file.deathDate() != null;
	}

	/**
	 * One key per household: the household region and the address with white space and
	 * full-width forms folded, so that two files under one roof share a plaque; a file
	 * without an address is its own household.
	 */
	static String householdKey(String regionCode, @Nullable String address, long veteranId) {
		String normalised = normaliseAddress(address);
		return (normalised != null) ? addressKey(regionCode, normalised) : "V:" + veteranId;
	}

	static String addressKey(String regionCode, String normalisedAddress) {
		return "A:" + regionCode + ":" + normalisedAddress;
	}

	static @Nullable String normaliseAddress(@Nullable String address) {
		if (address == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		address.codePoints().forEach((c) -> {
			if (Character.isWhitespace(c) || c == '\u3000') {
				return;
			}
			if (c >= 0xFF01 && c <= 0xFF5E) {
				c -= 0xFEE0;
			}
			out.appendCodePoint(c);
		});
		String value = out.toString().toUpperCase(Locale.ROOT);
		return value.isEmpty() ? null : value;
	}

}
