package org.rongjun.registry.roster;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.rongjun.jobs.JobFile;
import org.rongjun.shared.spreadsheet.SheetRow;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;

/**
 * The file an import hands back: every row that was not imported, with its cells as read
 * and every error of the row, each on its column ({@code 公民身份号码：…；入伍时间：…}), and every
 * imported row that has warnings (a value left out and kept in the remark). Ready to
 * correct and import again: rows imported already count as existing.
 */
final class ErrorFile {

	static final String RESULT_HEADER = "处理结果";

	static final String REASON_HEADER = "错误原因";

	static final String NOT_IMPORTED = "未导入";

	static final String IMPORTED_WITH_WARNINGS = "已导入，有提示";

	private record Line(int rowNumber, List<String> cells, String result, String reasons) {
	}

	private final List<Line> lines = Collections.synchronizedList(new ArrayList<>());

	private int errors;

	private int warnings;

	/** A row that was not imported, and why. */
	synchronized void rejected(SheetRow row, List<RowIssue> errors, List<RowIssue> warnings) {
		List<RowIssue> all = new ArrayList<>(errors);
		all.addAll(warnings);
		this.lines.add(new Line(row.rowNumber(), cells(row), NOT_IMPORTED, RowIssues.joined(all)));
		this.errors++;
	}

	/** A row imported with something left out or changed. */
	synchronized void warned(SheetRow row, List<RowIssue> warnings) {
		this.lines.add(new Line(row.rowNumber(), cells(row), IMPORTED_WITH_WARNINGS, RowIssues.joined(warnings)));
		this.warnings++;
	}

	synchronized int errors() {
		return this.errors;
	}

	synchronized int warnings() {
		return this.warnings;
	}

	/** The file, or null when every row went in without remark. */
	@Nullable JobFile write(String fileName, Format format, List<String> headings) {
		if (this.lines.isEmpty()) {
			return null;
		}
		List<Line> sorted = new ArrayList<>(this.lines);
		sorted.sort(Comparator.comparingInt(Line::rowNumber));
		int width = headings.size();
		for (Line line : sorted) {
			width = Math.max(width, line.cells().size());
		}
		List<String> headers = new ArrayList<>(headings);
		while (headers.size() < width) {
			headers.add("第" + (headers.size() + 1) + "列");
		}
		headers.add(RESULT_HEADER);
		headers.add(REASON_HEADER);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, format, headers)) {
			for (Line line : sorted) {
				List<String> cells = new ArrayList<>(line.cells());
				while (cells.size() < width) {
					cells.add("");
				}
				cells.add(line.result());
				cells.add(line.reasons());
				writer.row(cells);
			}
		}
		String base = fileName.replaceFirst("(?i)\\.(xlsx|csv)$", "");
		String extension = (format == Format.XLSX) ? ".xlsx" : ".csv";
		String type = (format == Format.XLSX) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv;charset=UTF-8";
		return new JobFile(base + "-错误行" + extension, type, out.toByteArray());
	}

	private static List<String> cells(SheetRow row) {
		List<String> cells = new ArrayList<>(row.width());
		for (int c = 0; c < row.width(); c++) {
			cells.add(row.cell(c));
		}
		return cells;
	}

}
