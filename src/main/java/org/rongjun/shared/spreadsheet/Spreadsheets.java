package org.rongjun.shared.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;

/**
 * Streams rosters in and out: .xlsx (fastexcel, SAX-based, flat memory) and .csv. CSV
 * files saved by Chinese Excel are often GB18030 rather than UTF-8, so the encoding is
 * detected from the first bytes.
 */
public final class Spreadsheets {

	/** The formats a roster can come in or go out as. */
	public enum Format {

		XLSX, CSV;

		public static Format of(String fileName) {
			String name = fileName.toLowerCase(Locale.ROOT);
			if (name.endsWith(".xlsx")) {
				return XLSX;
			}
			if (name.endsWith(".csv")) {
				return CSV;
			}
			throw new IllegalArgumentException("只支持 .xlsx 或 .csv 文件");
		}

	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private Spreadsheets() {
	}

	public static void read(InputStream input, Format format, RowHandler handler) {
		if (format == Format.XLSX) {
			readXlsx(input, handler);
		}
		else {
			readCsv(input, handler);
		}
	}

	public static SpreadsheetWriter writer(OutputStream output, Format format, List<String> headers) {
		return (format == Format.XLSX) ? new XlsxWriter(output, headers) : new CsvWriter(output, headers);
	}

	private static void readXlsx(InputStream input, RowHandler handler) {
		int[] width = { 0 };
		FastExcel.read(input, new ReadListener<Map<Integer, String>>() {

			private boolean stopped;

			@Override
			public void invokeHead(Map<Integer, ReadCellData<?>> head, AnalysisContext context) {
				List<String> names = new ArrayList<>();
				new TreeMap<>(head).forEach((index, cell) -> {
					while (names.size() < index) {
						names.add("");
					}
					names.add((cell.getStringValue() != null) ? cell.getStringValue().strip() : "");
				});
				width[0] = names.size();
				handler.header(names);
				Integer total = context.readSheetHolder().getApproximateTotalRowNumber();
				if (total != null && total > 1) {
					handler.approximateRows(total - 1L);
				}
			}

			@Override
			public void invoke(Map<Integer, String> row, AnalysisContext context) {
				List<String> cells = new ArrayList<>(Collections.nCopies(Math.max(width[0], 1), ""));
				row.forEach((index, value) -> {
					if (index < cells.size() && value != null) {
						cells.set(index, value.strip());
					}
				});
				this.stopped = !handler.row(context.readRowHolder().getRowIndex() + 1, cells);
			}

			@Override
			public boolean hasNext(AnalysisContext context) {
				return !this.stopped;
			}

			@Override
			public void doAfterAllAnalysed(AnalysisContext context) {
			}

		}).headRowNumber(1).sheet(0).doRead();
	}

	private static void readCsv(InputStream input, RowHandler handler) {
		try (Reader reader = detect(input)) {
			CsvParser parser = new CsvParser(reader);
			List<String> header = parser.next();
			if (header == null) {
				return;
			}
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			header.replaceAll(String::strip);
			handler.header(header);
			int rowNumber = 1;
			List<String> fields;
			while ((fields = parser.next()) != null) {
				rowNumber = parser.lineOfLastRecord();
				if (fields.size() == 1 && fields.get(0).isBlank()) {
					continue;
				}
				List<String> cells = new ArrayList<>(Collections.nCopies(header.size(), ""));
				for (int i = 0; i < Math.min(fields.size(), cells.size()); i++) {
					cells.set(i, fields.get(i).strip());
				}
				if (!handler.row(rowNumber, cells)) {
					return;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every record of a CSV file as a {@link SheetRow} of text cells (the byte-order mark
	 * dropped, blank lines skipped), until {@code rows} returns false.
	 */
	static void readCsvRows(InputStream input, java.util.function.Predicate<SheetRow> rows) {
		try (Reader reader = detect(input)) {
			CsvParser parser = new CsvParser(reader);
			List<String> fields;
			boolean first = true;
			while ((fields = parser.next()) != null) {
				if (first && !fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
					fields.set(0, fields.get(0).substring(1));
				}
				first = false;
				if (fields.size() == 1 && fields.get(0).isBlank()) {
					continue;
				}
				String[] cells = new String[fields.size()];
				for (int i = 0; i < cells.length; i++) {
					cells[i] = fields.get(i).strip();
				}
				if (!rows.test(new SheetRow(parser.lineOfLastRecord(), cells, null))) {
					return;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines in a file (a last line without a line break counts). */
	public static long countLines(InputStream content) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long lines = 0;
		byte last = '\n';
		int read;
		while ((read = content.read(buffer)) > 0) {
			for (int i = 0; i < read; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
			last = buffer[read - 1];
		}
		return (last != '\n') ? lines + 1 : lines;
	}

	/**
	 * Wraps the stream as UTF-8 when its first 64 KiB decode as UTF-8, else as GB18030.
	 */
	private static InputStreamReader detect(InputStream input) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
		buffered.mark(1 << 16);
		byte[] head = buffered.readNBytes(1 << 16);
		buffered.reset();
		Charset charset = isUtf8(head) ? StandardCharsets.UTF_8 : GB18030;
		return new InputStreamReader(buffered, charset);
	}

	private static boolean isUtf8(byte[] bytes) {
		int length = bytes.length;
		// A multi-byte character may be cut at the end of the sample: ignore up to 3
		// trailing bytes.
		for (int cut = 0; cut <= Math.min(3, length); cut++) {
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, 0, length - cut));
				return true;
			}
			catch (CharacterCodingException ex) {
				if (length < (1 << 16)) {
					return false;
				}
			}
		}
		return false;
	}

}
