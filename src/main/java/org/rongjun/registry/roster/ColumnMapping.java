package org.rongjun.registry.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.rongjun.shared.ProblemException;

/**
 * Which field each column of a sheet fills: suggested from the heading table, remembered
 * from the last confirmed file with the same headings, or chosen by the person in the
 * preview. A field is filled by one column at most; a column with no field is kept as it
 * is with the import ("unmapped").
 */
record ColumnMapping(RosterKind kind, List<MappedColumn> columns) {

	/** One column: its position, its heading as read and the field it fills (or none). */
	record MappedColumn(int index, String heading, @Nullable RosterField field) {
	}

	/** What the heading table says, the first column of a field winning. */
	static ColumnMapping suggest(Heading heading, HeadingTable table, RosterKind kind) {
		List<MappedColumn> columns = new ArrayList<>();
		Set<RosterField> taken = java.util.EnumSet.noneOf(RosterField.class);
		for (int c = 0; c < heading.columns().size(); c++) {
			String text = heading.columns().get(c);
			RosterField field = text.isBlank() ? null : table.field(text, kind);
			if (field != null && !taken.add(field)) {
				field = null;
			}
			columns.add(new MappedColumn(c, heading.column(c), field));
		}
		return new ColumnMapping(kind, columns);
	}

	/**
	 * A family roster when its headings name the member's relationship and the ID number
	 * of the veteran (or martyr) the member belongs to; otherwise a roster of people.
	 */
	static RosterKind detect(Heading heading, HeadingTable table) {
		ColumnMapping family = suggest(heading, table, RosterKind.FAMILY);
		Set<RosterField> fields = family.positions().keySet();
		return (fields.contains(RosterField.LINKED_ID_NUMBER) && fields.contains(RosterField.RELATIONSHIP))
				? RosterKind.FAMILY : RosterKind.VETERANS;
	}

	/**
	 * The mapping a person chose: field names by column index (null or blank for none).
	 * @throws ProblemException naming the column when a field is unknown, not used by
	 * this kind of roster, or chosen twice
	 */
	ColumnMapping choose(Map<Integer, @Nullable String> fields) {
		List<MappedColumn> chosen = new ArrayList<>();
		Map<RosterField, String> byField = new EnumMap<>(RosterField.class);
		for (MappedColumn column : this.columns) {
			String name = fields.get(column.index());
			RosterField field = null;
			if (name != null && !name.isBlank()) {
				try {
					field = RosterField.valueOf(name);
				}
				catch (IllegalArgumentException ex) {
					throw ProblemException.invalidField("mapping", "“" + column.heading() + "”对应的字段不存在：" + name);
				}
				if (!field.usedBy(this.kind)) {
					throw ProblemException.invalidField("mapping",
							"“" + column.heading() + "”：" + this.kind.label() + "没有“" + field.label() + "”字段");
				}
				String earlier = byField.put(field, column.heading());
				if (earlier != null) {
					throw ProblemException.invalidField("mapping",
							"“" + earlier + "”和“" + column.heading() + "”不能都对应“" + field.label() + "”");
				}
			}
			chosen.add(new MappedColumn(column.index(), column.heading(), field));
		}
		return new ColumnMapping(this.kind, chosen);
	}

	/** Column index of each mapped field. */
	Map<RosterField, Integer> positions() {
		Map<RosterField, Integer> positions = new EnumMap<>(RosterField.class);
		for (MappedColumn column : this.columns) {
			if (column.field() != null) {
				positions.put(column.field(), column.index());
			}
		}
		return positions;
	}

	/** The heading of the column that fills {@code field}, or the field's own label. */
	String headingOf(RosterField field) {
		for (MappedColumn column : this.columns) {
			if (column.field() == field) {
				return column.heading();
			}
		}
		return field.label();
	}

	/** Headings of the columns the product has no field for (kept with the import). */
	List<MappedColumn> unmapped() {
		return this.columns.stream()
			.filter((column) -> column.field() == null && !column.heading().matches("第\\d+列"))
			.toList();
	}

	/** The required fields nothing fills, by their labels. */
	List<String> missingRequired() {
		Set<RosterField> mapped = positions().keySet();
		List<String> missing = new ArrayList<>();
		for (RosterField field : RosterField.required(this.kind)) {
			if (!RosterField.satisfies(mapped, field)) {
				missing.add(field.requirementLabel());
			}
		}
		return missing;
	}

	/**
	 * The same headings in the same order give the same signature: the key a confirmed
	 * mapping is remembered under.
	 */
	static String signature(RosterKind kind, List<String> headings) {
		StringBuilder text = new StringBuilder(kind.name());
		for (String heading : headings) {
			text.append('\u0001').append(RosterText.heading(heading));
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Field names by column index, as stored and as the API shows them. */
	Map<Integer, String> asMap() {
		Map<Integer, String> map = new java.util.TreeMap<>();
		for (MappedColumn column : this.columns) {
			if (column.field() != null) {
				map.put(column.index(), column.field().name());
			}
		}
		return map;
	}

}
