package org.rongjun.shared.spreadsheet;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One row of a sheet as a person sees it, before anyone decided which row holds the
 * headings: every cell's text as displayed (trimmed, "" when empty) and, where it is not
 * plain text, what kind of cell it was. A number cell's text is what Excel shows for it
 * ({@code 3.30421E+17} for an 18-digit number in the General format, which is all Excel
 * kept of it); a date cell's text is ISO, {@code 1985-03-01}, or {@code 1985-03} when its
 * format shows no day.
 *
 * @param rowNumber the row's number in the file as a person sees it (first row = 1)
 * @param cells the displayed texts, by column index
 * @param kinds the kind of each cell, null when every cell is text (CSV)
 */
public record SheetRow(int rowNumber, String[] cells, CellKind @Nullable [] kinds) {

	/** What a cell held in the workbook. */
	public enum CellKind {

		TEXT,
		/** A number, shown in its cell's format. */
		NUMBER,
		/** A date cell whose format shows the day: the text is yyyy-MM-dd. */
		DATE,
		/** A date cell whose format shows year and month only: the text is yyyy-MM. */
		MONTH

	}

	public String cell(int column) {
		return (column < this.cells.length) ? this.cells[column] : "";
	}

	public CellKind kind(int column) {
		return (this.kinds != null && column < this.kinds.length && this.kinds[column] != null) ? this.kinds[column]
				: CellKind.TEXT;
	}

	public int width() {
		return this.cells.length;
	}

	public boolean blank() {
		for (String cell : this.cells) {
			if (!cell.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SheetRow row && row.rowNumber == this.rowNumber && Arrays.equals(row.cells, this.cells)
				&& Arrays.equals(row.kinds, this.kinds);
	}

	@Override
	public int hashCode() {
		return 31 * this.rowNumber + Arrays.hashCode(this.cells);
	}

	@Override
	public String toString() {
		return this.rowNumber + ": " + Arrays.toString(this.cells);
	}

}
