package org.rongjun.registry.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which field each column of a sheet fills, from the heading table. A field is filled by
 * one column at most (the first); a column with no field is left out.
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

}
