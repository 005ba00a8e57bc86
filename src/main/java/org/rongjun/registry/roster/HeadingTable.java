package org.rongjun.registry.roster;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The heading table as one import reads it ({@code registry.roster_heading}): normalised
 * heading → field, for any roster and for one kind where the same words mean something
 * else there (in a family roster 退役军人身份证号 is the veteran the member belongs to).
 */
record HeadingTable(Map<String, RosterField> any, Map<String, RosterField> veterans, Map<String, RosterField> family) {

	/** The field a heading names in a roster of {@code kind}, or null. */
	@Nullable RosterField field(String heading, RosterKind kind) {
		String key = RosterText.heading(heading);
		if (key.isEmpty()) {
			return null;
		}
		RosterField field = ((kind == RosterKind.FAMILY) ? this.family : this.veterans).get(key);
		if (field == null) {
			field = this.any.get(key);
		}
		return (field != null && field.usedBy(kind)) ? field : null;
	}

	/** Whether the heading names a field in a roster of either kind. */
	boolean known(String heading) {
		return field(heading, RosterKind.VETERANS) != null || field(heading, RosterKind.FAMILY) != null;
	}

}
