package org.rongjun.shared.spreadsheet;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Streams rows to .xlsx in batches (fastexcel over POI's SXSSF keeps memory flat). Every
 * value is written as a string cell, which Excel never evaluates; formula-like text also
 * gets the apostrophe so it reads the same as in the CSV export.
 */
final class XlsxWriter implements SpreadsheetWriter {

	private static final int BATCH = 1000;

	private final ExcelWriter writer;

	private final WriteSheet sheet;

	private final List<List<String>> batch = new ArrayList<>(BATCH);

	private boolean sheetWritten;

	XlsxWriter(OutputStream output, List<String> headers) {
		List<List<String>> head = headers.stream().map(List::of).toList();
		this.writer = FastExcel.write(output).head(head).autoCloseStream(false).build();
		this.sheet = FastExcel.writerSheet(0, "Sheet1").build();
	}

	@Override
	public void row(List<?> cells) {
		List<String> values = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			values.add((cell != null) ? SpreadsheetWriter.neutralise(cell.toString()) : "");
		}
		this.batch.add(values);
		if (this.batch.size() >= BATCH) {
			flush();
		}
	}

	@Override
	public void close() {
		flush();
		if (!this.sheetWritten) {
			// An export that found nobody is still a workbook Excel opens: the sheet with
			// its
			// headings. Without one write, fastexcel leaves a file with no worksheet at
			// all.
			this.writer.write(List.of(), this.sheet);
		}
		this.writer.finish();
	}

	private void flush() {
		if (!this.batch.isEmpty()) {
			this.writer.write(new ArrayList<>(this.batch), this.sheet);
			this.sheetWritten = true;
			this.batch.clear();
		}
	}

}
