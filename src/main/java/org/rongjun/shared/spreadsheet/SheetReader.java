package org.rongjun.shared.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import cn.idev.excel.ExcelReader;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.metadata.data.DataFormatData;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.read.metadata.ReadSheet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.spreadsheet.SheetRow.CellKind;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;

/**
 * Reads a workbook the way a person sees it, every row from the first, without assuming
 * where its headings are: title rows, blank rows and several sheets included. Streams
 * (.xlsx through fastexcel's SAX reader, .csv through the GB18030/UTF-8 detecting
 * parser), so memory stays flat whatever the file's size.
 * <p>
 * Numbers keep their kind so that a reader can tell an 18-digit ID number Excel stored as
 * a number (and cut to 15 significant digits) from one typed as text; date cells become
 * ISO text, month-only when their format shows no day (年月 formats).
 */
public final class SheetReader {

	/** A sheet of the workbook; a CSV file is one sheet named after nothing. */
	public record SheetInfo(int index, String name) {
	}

	private SheetReader() {
	}

	public static List<SheetInfo> sheets(Path file, Format format) {
		if (format == Format.CSV) {
			return List.of(new SheetInfo(0, "CSV"));
		}
		ExcelReader reader = FastExcel.read(file.toFile()).build();
		try {
			List<SheetInfo> sheets = new ArrayList<>();
			for (ReadSheet sheet : reader.excelExecutor().sheetList()) {
				if (!sheet.isHidden() && !sheet.isVeryHidden()) {
					sheets.add(new SheetInfo(sheet.getSheetNo(), sheet.getSheetName()));
				}
			}
			return sheets;
		}
		finally {
			reader.finish();
		}
	}

	/**
	 * The first visible sheet with a non-blank row, or the first sheet when all are
	 * blank.
	 */
	public static int firstSheetWithData(Path file, Format format) {
		List<SheetInfo> sheets = sheets(file, format);
		for (SheetInfo sheet : sheets) {
			boolean[] found = { false };
			read(file, format, sheet.index(), (row) -> {
				found[0] = !row.blank();
				return !found[0];
			});
			if (found[0]) {
				return sheet.index();
			}
		}
		return sheets.isEmpty() ? 0 : sheets.get(0).index();
	}

	/**
	 * Hands every non-empty row of one sheet to {@code rows}, in order, until it returns
	 * false or the sheet ends.
	 */
	public static void read(Path file, Format format, int sheet, Predicate<SheetRow> rows) {
		if (format == Format.CSV) {
			try (InputStream input = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				Spreadsheets.readCsvRows(input, rows);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return;
		}
		FastExcel.read(file.toFile(), new XlsxRows(rows))
			.readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
			.headRowNumber(0)
			.sheet(sheet)
			.doRead();
	}

	/**
	 * About how many rows the sheet has, from the dimension the workbook records (xlsx),
	 * or by counting lines (CSV); null when the workbook does not say.
	 */
	public static @Nullable Long approximateRows(Path file, Format format, int sheet) {
		if (format == Format.CSV) {
			try (InputStream input = Files.newInputStream(file)) {
				return Spreadsheets.countLines(input);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		Long[] total = { null };
		FastExcel.read(file.toFile(), new ReadListener<Map<Integer, ReadCellData<?>>>() {

			@Override
			public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
				Integer approximate = context.readSheetHolder().getApproximateTotalRowNumber();
				total[0] = (approximate != null) ? approximate.longValue() : null;
			}

			@Override
			public boolean hasNext(AnalysisContext context) {
				return total[0] == null;
			}

			@Override
			public void doAfterAllAnalysed(AnalysisContext context) {
			}

		}).readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA).headRowNumber(0).sheet(sheet).doRead();
		return total[0];
	}

	/** Turns fastexcel's cells into displayed texts and kinds. */
	private static final class XlsxRows implements ReadListener<Map<Integer, ReadCellData<?>>> {

		private final Predicate<SheetRow> rows;

		private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

		/** Per format: null when not a date format, else whether it shows the day. */
		private final Map<String, Boolean> dateFormats = new HashMap<>();

		private boolean stopped;

		XlsxRows(Predicate<SheetRow> rows) {
			this.rows = rows;
		}

		@Override
		public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
			int width = 0;
			for (Integer index : row.keySet()) {
				width = Math.max(width, index + 1);
			}
			String[] cells = new String[width];
			CellKind[] kinds = new CellKind[width];
			java.util.Arrays.fill(cells, "");
			boolean use1904 = Boolean.TRUE
				.equals(context.readWorkbookHolder().globalConfiguration().getUse1904windowing());
			for (Map.Entry<Integer, ReadCellData<?>> entry : row.entrySet()) {
				ReadCellData<?> cell = entry.getValue();
				int index = entry.getKey();
				if (cell == null || cell.getType() == null) {
					continue;
				}
				switch (cell.getType()) {
					case NUMBER, DATE -> number(cell, use1904, cells, kinds, index);
					case BOOLEAN -> cells[index] = Boolean.TRUE.equals(cell.getBooleanValue()) ? "TRUE" : "FALSE";
					case EMPTY -> cells[index] = "";
					default -> cells[index] = (cell.getStringValue() != null) ? cell.getStringValue().strip() : "";
				}
			}
			this.stopped = !this.rows.test(new SheetRow(context.readRowHolder().getRowIndex() + 1, cells, kinds));
		}

		private void number(ReadCellData<?> cell, boolean use1904, String[] cells, CellKind[] kinds, int index) {
			BigDecimal number = cell.getNumberValue();
			if (number == null) {
				return;
			}
			DataFormatData format = cell.getDataFormatData();
			int formatIndex = (format != null && format.getIndex() != null) ? format.getIndex() : 0;
			String formatString = (format != null && format.getFormat() != null) ? format.getFormat() : "General";
			Boolean showsDay = dateFormat(formatIndex, formatString);
			if (showsDay != null && DateUtil.isValidExcelDate(number.doubleValue())) {
				LocalDateTime value = DateUtil.getLocalDateTime(number.doubleValue(), use1904);
				if (showsDay) {
					cells[index] = value.toLocalDate().toString();
					kinds[index] = CellKind.DATE;
				}
				else {
					cells[index] = java.time.YearMonth.from(value).toString();
					kinds[index] = CellKind.MONTH;
				}
				return;
			}
			kinds[index] = CellKind.NUMBER;
			if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
				// What Excel shows for a General number: its digits, or an exponent form
				// beyond eleven characters; plain digits say as much about lost digits.
				cells[index] = number.stripTrailingZeros().toPlainString();
			}
			else {
				cells[index] = this.formatter.formatRawCellContents(number.doubleValue(), formatIndex, formatString)
					.strip();
			}
		}

		/**
		 * Null for a format that is not a date; TRUE when it shows the day, FALSE for a
		 * year-and-month format (yyyy"年"m"月", yyyy-mm, mmm-yy).
		 */
		private @Nullable Boolean dateFormat(int index, String format) {
			String key = index + "|" + format;
			if (this.dateFormats.containsKey(key)) {
				return this.dateFormats.get(key);
			}
			Boolean result = null;
			boolean spelledOut = !format.isEmpty() && !format.startsWith("reserved")
					&& !"General".equalsIgnoreCase(format);
			if (chineseBuiltinDate(index) && !spelledOut) {
				result = chineseBuiltinDay(index);
			}
			else if (spelledOut && DateUtil.isADateFormat(index, format)) {
				String pattern = format.replaceAll("\"[^\"]*\"", "")
					.replaceAll("\\[[^]]*]", "")
					.replace("\\", "")
					.toLowerCase(Locale.ROOT);
				result = pattern.contains("d") || !pattern.contains("y");
			}
			else if (DateUtil.isInternalDateFormat(index)) {
				result = index != 17;
			}
			this.dateFormats.put(key, result);
			return result;
		}

		/**
		 * Excel's East Asian built-in date formats, whose pattern a workbook does not
		 * spell out: 27–31, 34–36, 50–58 (zh-CN: 年月, 月日, 年月日).
		 */
		private static boolean chineseBuiltinDate(int index) {
			return (index >= 27 && index <= 31) || (index >= 34 && index <= 36) || (index >= 50 && index <= 58);
		}

		private static boolean chineseBuiltinMonth(int index) {
			return index == 27 || index == 36 || index == 50 || index == 52 || index == 57;
		}

		private static boolean chineseBuiltinDay(int index) {
			return !chineseBuiltinMonth(index);
		}

		@Override
		public boolean hasNext(AnalysisContext context) {
			return !this.stopped;
		}

		@Override
		public void doAfterAllAnalysed(AnalysisContext context) {
		}

	}

}
