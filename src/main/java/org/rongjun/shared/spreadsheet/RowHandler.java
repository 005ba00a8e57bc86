package org.rongjun.shared.spreadsheet;

import java.util.List;

/**
 * Receives a roster row by row; return false from {@link #row} to stop reading (e.g.
 * cancelled).
 */
public interface RowHandler {

	void header(List<String> names);

	/** Called before the rows when the reader knows about how many data rows follow. */
	default void approximateRows(long rows) {
	}

	/**
	 * @param rowNumber the row's number as a person sees it in the file (header = 1)
	 * @param cells the row's cells, trimmed, empty string for an empty cell, as many as
	 * the header
	 */
	boolean row(int rowNumber, List<String> cells);

}
