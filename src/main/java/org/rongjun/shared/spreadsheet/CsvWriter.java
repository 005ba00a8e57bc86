package org.rongjun.shared.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly. */
final class CsvWriter implements SpreadsheetWriter {

	private final Writer writer;

	CsvWriter(OutputStream output, List<String> headers) {
		this.writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
		try {
			this.writer.write('\uFEFF');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		row(headers);
	}

	@Override
	public void row(List<?> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					this.writer.write(',');
				}
				Object cell = cells.get(i);
				String text = (cell != null) ? SpreadsheetWriter.neutralise(cell.toString()) : "";
				if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
						|| text.indexOf('\r') >= 0 || text.startsWith("'")) {
					this.writer.write('"');
					this.writer.write(text.replace("\"", "\"\""));
					this.writer.write('"');
				}
				else {
					this.writer.write(text);
				}
			}
			this.writer.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
