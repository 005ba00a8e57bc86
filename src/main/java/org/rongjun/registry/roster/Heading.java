package org.rongjun.registry.roster;

import java.util.List;

/**
 * Where a sheet's headings are and what they say: the row (first row = 1), how many rows
 * the heading takes (a two-row heading has group titles above, such as 服役情况 over 入伍时间 and
 * 退役时间), and each column's heading as read (the lower row's text, or the upper's where
 * the lower is empty).
 */
record Heading(int row, int rows, List<String> columns) {

	/** The first data row's number. */
	int firstDataRow() {
		return this.row + this.rows;
	}

	String column(int index) {
		String text = (index < this.columns.size()) ? this.columns.get(index) : "";
		return text.isBlank() ? "第" + (index + 1) + "列" : text;
	}

}
