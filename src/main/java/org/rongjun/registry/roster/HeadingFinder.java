package org.rongjun.registry.roster;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.rongjun.shared.spreadsheet.SheetRow;

/**
 * Finds the heading row of a sheet wherever a bureau put it: below a title (merged across
 * the sheet, so only its first cell holds text), a date line and blank rows, and as one
 * or two rows. The row whose cells name the most known fields wins; a row below it that
 * names more fields in the columns it leaves open or spans (服役情况 over 入伍时间, 退役时间) makes a
 * two-row heading.
 */
final class HeadingFinder {

	/** How far down a heading is looked for. */
	static final int SEARCH_ROWS = 30;

	private HeadingFinder() {
	}

	/**
	 * The heading among the first rows, or null when no row names at least two known
	 * fields.
	 */
	static @Nullable Heading find(List<SheetRow> rows, HeadingTable table) {
		Heading best = null;
		int bestScore = 1;
		int limit = Math.min(rows.size(), SEARCH_ROWS);
		for (int i = 0; i < limit; i++) {
			SheetRow row = rows.get(i);
			List<String> single = texts(row);
			int score = score(single, table);
			if (score > bestScore) {
				best = new Heading(row.rowNumber(), 1, single);
				bestScore = score;
			}
			if (i + 1 < rows.size() && rows.get(i + 1).rowNumber() == row.rowNumber() + 1) {
				List<String> pair = combine(row, rows.get(i + 1));
				int pairScore = score(pair, table);
				// Better than either row alone: a title above a heading row is not a
				// heading's upper half.
				if (pairScore > bestScore && pairScore > score && pairScore > score(texts(rows.get(i + 1)), table)) {
					best = new Heading(row.rowNumber(), 2, pair);
					bestScore = pairScore;
				}
			}
		}
		return best;
	}

	/**
	 * Two heading rows read as one: a column's lower text where there is one, else the
	 * upper. An upper cell spanning several columns (merged: only its first cell holds
	 * the text) is carried to the right over blank upper cells that have a lower text, so
	 * a lower text a bureau left generic (时间) still reads with its group (入伍 / 退役 时间).
	 */
	static List<String> combine(SheetRow upper, SheetRow lower) {
		int width = Math.max(upper.width(), lower.width());
		List<String> texts = new ArrayList<>(width);
		String group = "";
		for (int c = 0; c < width; c++) {
			String top = upper.cell(c);
			String bottom = lower.cell(c);
			if (!top.isEmpty()) {
				group = top;
			}
			else if (bottom.isEmpty()) {
				group = "";
			}
			if (bottom.isEmpty()) {
				texts.add(top);
			}
			else if (top.isEmpty() && !group.isEmpty() && bottom.length() <= 2) {
				texts.add(group + bottom);
			}
			else {
				texts.add(bottom);
			}
		}
		return texts;
	}

	private static List<String> texts(SheetRow row) {
		List<String> texts = new ArrayList<>(row.width());
		for (int c = 0; c < row.width(); c++) {
			texts.add(row.cell(c));
		}
		return texts;
	}

	/** Distinct known fields named. */
	private static int score(List<String> texts, HeadingTable table) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (String text : texts) {
			if (!text.isEmpty() && table.known(text)) {
				seen.add(RosterText.heading(text));
			}
		}
		return seen.size();
	}

}
