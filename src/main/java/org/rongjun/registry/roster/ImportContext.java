package org.rongjun.registry.roster;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rongjun.registry.dictionary.DictionaryLookup;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.SheetRow;

/**
 * What reading the rows of one file needs, loaded once: the columns' fields, the code
 * lists with their synonyms, the place names of the area, the caller's scope, and today.
 */
record ImportContext(ColumnMapping mapping, Map<RosterField, Integer> positions, DictionaryLookup dictionary,
		PlaceNames places, RegionScope scope, LocalDate today) {

	static ImportContext of(ColumnMapping mapping, DictionaryLookup dictionary, PlaceNames places, RegionScope scope,
			LocalDate today) {
		return new ImportContext(mapping, mapping.positions(), dictionary, places, scope, today);
	}

	/** The cell of {@code field} in the row, trimmed; null when not mapped or empty. */
	@Nullable String cell(SheetRow row, RosterField field) {
		Integer position = this.positions.get(field);
		if (position == null) {
			return null;
		}
		String text = row.cell(position);
		return text.isBlank() ? null : text.strip();
	}

	SheetRow.CellKind kind(SheetRow row, RosterField field) {
		Integer position = this.positions.get(field);
		return (position != null) ? row.kind(position) : SheetRow.CellKind.TEXT;
	}

	/** The file's heading for the field, as errors name the column. */
	String column(RosterField field) {
		return this.mapping.headingOf(field);
	}

	/** The column an error about a request field (householdRegionCode, …) belongs to. */
	String columnOfField(String requestField) {
		for (RosterField field : RosterField.values()) {
			if (field.field().equals(requestField) && this.positions.containsKey(field)) {
				return column(field);
			}
		}
		for (RosterField field : RosterField.values()) {
			if (field.field().equals(requestField)) {
				return field.label();
			}
		}
		return requestField;
	}

}
