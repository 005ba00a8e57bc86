package org.rongjun.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.rongjun.shared.spreadsheet.Spreadsheets.Format;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTests {

	@Test
	void csvQuotedFieldsMayHoldCommasQuotesAndLineBreaks() {
		String csv = "姓名,地址\n张三,\"嘉善县, 西塘镇\"\n\"李\"\"四\",\"第一行\n第二行\"\n王五,\n";
		List<String> rows = readAll(csv.getBytes(StandardCharsets.UTF_8), Format.CSV);
		assertThat(rows).containsExactly("header:姓名|地址", "2:张三|嘉善县, 西塘镇", "3:李\"四|第一行\n第二行", "5:王五|");
	}

	@Test
	void csvSavedByChineseExcelInGb18030IsReadCorrectly() {
		byte[] gbk = "姓名,身份证号\n单田芳,330421199001011234\n".getBytes(Charset.forName("GB18030"));
		assertThat(readAll(gbk, Format.CSV)).containsExactly("header:姓名|身份证号", "2:单田芳|330421199001011234");
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstHeader() {
		byte[] bom = "\uFEFF姓名\n曾国藩\n".getBytes(StandardCharsets.UTF_8);
		assertThat(readAll(bom, Format.CSV)).containsExactly("header:姓名", "2:曾国藩");
	}

	@Test
	void xlsxRoundTripKeepsChineseTextAndRowNumbers() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, Format.XLSX, List.of("姓名", "备注"))) {
			writer.row(List.of("张三", "第一条"));
			writer.row(List.of("李四", ""));
		}
		assertThat(readAll(out.toByteArray(), Format.XLSX)).containsExactly("header:姓名|备注", "2:张三|第一条", "3:李四|");
	}

	@Test
	void anExportWithNoRowsIsAWorkbookWithItsHeadings() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, Format.XLSX, List.of("姓名", "备注"))) {
			// nobody matched the search
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
		}
	}

	@Test
	void formulaLikeCellsAreExportedAsTextInBothFormats() throws Exception {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(xlsx, Format.XLSX, List.of("a", "b", "c", "d"))) {
			writer.row(List.of("=1+1", "+86", "-2", "@SUM(A1)"));
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			var row = book.getSheetAt(0).getRow(1);
			for (int i = 0; i < 4; i++) {
				assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
			}
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=1+1");
		}
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(csv, Format.CSV, List.of("a", "b"))) {
			writer.row(List.of("=HYPERLINK(\"x\")", "正常"));
		}
		assertThat(csv.toString(StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"x\"\")\",正常");
	}

	@Test
	void readingStopsWhenTheHandlerSaysSo() {
		String csv = "n\n1\n2\n3\n";
		List<String> seen = new ArrayList<>();
		Spreadsheets.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Format.CSV, new RowHandler() {
			@Override
			public void header(List<String> names) {
			}

			@Override
			public boolean row(int rowNumber, List<String> cells) {
				seen.add(cells.get(0));
				return seen.size() < 2;
			}
		});
		assertThat(seen).containsExactly("1", "2");
	}

	private static List<String> readAll(byte[] bytes, Format format) {
		List<String> rows = new ArrayList<>();
		Spreadsheets.read(new ByteArrayInputStream(bytes), format, new RowHandler() {
			@Override
			public void header(List<String> names) {
				rows.add("header:" + String.join("|", names));
			}

			@Override
			public boolean row(int rowNumber, List<String> cells) {
				rows.add(rowNumber + ":" + String.join("|", cells));
				return true;
			}
		});
		return rows;
	}

}
