package org.rongjun.registry.roster;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The heading table ({@code registry.roster_heading}): the wordings bureaus give their
 * columns, each naming a field. Data, not code: a new wording is a row.
 */
@Repository
class RosterHeadings {

	private final JdbcClient jdbc;

	RosterHeadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	HeadingTable table() {
		Map<String, RosterField> any = new HashMap<>();
		Map<String, RosterField> veterans = new HashMap<>();
		Map<String, RosterField> family = new HashMap<>();
		this.jdbc.sql("select heading, kind, field from registry.roster_heading").query((rs, n) -> {
			RosterField field;
			try {
				field = RosterField.valueOf(rs.getString("field"));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
			Map<String, RosterField> target = switch (rs.getString("kind")) {
				case "VETERANS" -> veterans;
				case "FAMILY" -> family;
				default -> any;
			};
			target.put(RosterText.heading(rs.getString("heading")), field);
			return null;
		}).list();
		return new HeadingTable(any, veterans, family);
	}

}
