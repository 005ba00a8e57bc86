package org.rongjun.registry.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.rongjun.registry.demo.SyntheticPeople;

import static org.rongjun.support.IdNumbers.idNumber;

/**
 * Rosters as county bureaus keep them, not as our template: a merged title row, a line
 * with the unit and date, a blank row, a two-row heading (服役情况 over 入伍时间 and 退役时间) in the
 * bureau's own words and order, an empty first sheet, village names instead of codes,
 * month-only dates as text and as Excel date cells with a 年月 format, numbers typed with
 * spaces, dashes and full-width digits, ID and account numbers Excel stored as numbers
 * (and so cut to 15 significant digits), an old 15-digit ID, a duplicate, remarks saying
 * a person died, values by synonyms (党员, 汉) and ones no list knows. The same content as
 * .xlsx and as a GBK .csv (where Excel's damage shows as {@code 3.30421E+17}).
 */
final class MessyRosters {

	static final List<String> UPPER = List.of("序号", "姓名", "性别", "民族", "公民身份号码", "出生年月", "户籍所在地", "现居住地址", "政治面貌",
			"服役情况", "", "人员类别", "伤残等级", "伤残性质", "联系电话", "银行卡号", "开户行", "备注");

	static final List<String> LOWER = List.of("", "", "", "", "", "", "", "", "", "入伍时间", "退役时间", "", "", "", "", "",
			"", "");

	/** 王建国: everything written the bureau's way, all of it readable. */
	static String wang(int variant) {
		return idNumber("330421", "19700215", 31 + 20 * variant);
	}

	/** 李卫东: ID and bank card stored by Excel as numbers. */
	static String li(int variant) {
		return idNumber("330421", "19720304", 33 + 20 * variant);
	}

	/** 张志强: an old 15-digit ID; remark 已故. */
	static String zhang15(int variant) {
		return "330421550101" + String.format("%03d", 11 + 20 * variant);
	}

	static String zhao(int variant) {
		return idNumber("330421", "19680808", 35 + 20 * variant);
	}

	static String qian(int variant) {
		return idNumber("330421", "19690909", 37 + 20 * variant);
	}

	static String sun(int variant) {
		return idNumber("330421", "19650505", 39 + 20 * variant);
	}

	static String zhou(int variant) {
		return idNumber("330421", "19750607", 42 + 20 * variant);
	}

	static String wu(int variant) {
		return idNumber("330421", "19660606", 41 + 20 * variant);
	}

	/**
	 * Row numbers of the people in the sheet as a person sees it (heading on rows 4–5).
	 */
	static final int FIRST_DATA_ROW = 6;

	private MessyRosters() {
	}

	/**
	 * One cell: its text, and for xlsx a number or a date cell with a format instead of
	 * text.
	 */
	record Value(String text, Double number, String dateFormat) {

		static Value text(String text) {
			return new Value(text, null, null);
		}

		static Value number(double number, String csvText) {
			return new Value(csvText, number, null);
		}

		static Value date(LocalDate date, String format, String csvText) {
			return new Value(csvText, null, format).withDate(date);
		}

		Value withDate(LocalDate date) {
			return new Value(this.text, (double) org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date),
					this.dateFormat);
		}

	}

	/** The people of the roster, one row each, in heading order. */
	static List<List<Value>> people(int variant) {
		int v = variant;
		List<List<Value>> rows = new ArrayList<>();
		rows.add(row("1", "王建国", "男", "汉", "330421 19700215 " + wang(v).substring(14), "1970.02", "西塘镇西街社区",
				"嘉善县西塘镇塘东社区南苑路5号", "党员", "1988.03", "1992年12月", "退伍军人", "", "", "１３９００００１１１１",
				"6222 0212 0300 9881 234", "中国农业银行", ""));
		List<Value> li = row("2", "李卫东", "男", "汉族", "", "1972.03", "西塘镇西街社区", "", "中共党员", "1990.12", "1995.12", "退役士兵",
				"", "", "13900002222", "", "中国工商银行", "");
		li.set(4, Value.number(330421197203040000d, "3.30421E+17"));
		li.set(15, Value.number(6222021203009880000d, "6.22202E+18"));
		rows.add(li);
		List<Value> zhang = row("3", "张志强", "男", "汉", zhang15(v), "", "西园社区", "", "群众", "", "", "退伍军人", "", "", "", "",
				"", "已故");
		zhang.set(9, Value.date(LocalDate.of(1973, 12, 1), "yyyy\"年\"m\"月\"", "1973年12月"));
		zhang.set(10, Value.date(LocalDate.of(1977, 3, 15), "yyyy-mm-dd", "1977-03-15"));
		rows.add(zhang);
		rows.add(
				row("4", "赵明", "男", "汉", zhao(v), "", "下甸庙", "", "", "1986.10", "1990.10", "", "", "", "", "", "", ""));
		rows.add(row("5", "钱伟", "男", "汉", qian(v), "", "大云社区", "", "", "1987.10", "1991.10", "", "", "", "", "", "",
				""));
		rows.add(row("6", "王建国", "男", "汉", wang(v), "1970.02", "西塘镇西街社区", "", "", "", "", "", "", "", "", "", "",
				"重复登记"));
		rows.add(row("7", "孙立", "男", "火星族", sun(v), "1965年5月", "西塘镇朝南埭社区", "", "团员", "198503", "1989.9", "退伍军人", "", "",
				"", "", "", "死亡（2023.05）"));
		rows.add(row("8", "周红", "女", "汉", "330421-19750607-" + zhou(v).substring(14), "1975.06", "塘东社区", "", "",
				"1993.12", "1998.12", "伤残军人", "七级", "因战", "", "", "", ""));
		rows.add(row("9", "吴刚", "女", "汉", wu(v), "", "西街社区", "", "", "1984.10", "1988.10", "", "", "", "", "", "", ""));
		return rows;
	}

	private static List<Value> row(String... texts) {
		List<Value> row = new ArrayList<>();
		for (String text : texts) {
			row.add(Value.text(text));
		}
		return row;
	}

	/** The roster as the bureau's workbook: an empty first sheet, then the 花名册. */
	static byte[] xlsx(int variant) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("说明");
			Sheet sheet = workbook.createSheet("花名册");
			int width = UPPER.size();
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue("西塘镇退役军人花名册");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
			sheet.createRow(1).createCell(0).setCellValue("填报单位：西塘镇退役军人服务站      填报日期：2024年3月");
			write(sheet.createRow(3), UPPER);
			write(sheet.createRow(4), LOWER);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 9, 10));
			for (int c = 0; c < width; c++) {
				if (c != 9 && c != 10) {
					sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
				}
			}
			int r = FIRST_DATA_ROW - 1;
			for (List<Value> person : people(variant)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < person.size(); c++) {
					cell(workbook, row.createCell(c), person.get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The same roster saved as CSV from Excel on a Chinese Windows: GBK, numbers shown.
	 */
	static byte[] gbkCsv(int variant) {
		StringBuilder text = new StringBuilder();
		text.append("西塘镇退役军人花名册").append(",".repeat(UPPER.size() - 1)).append("\r\n");
		text.append(",".repeat(UPPER.size() - 1)).append("\r\n");
		text.append(String.join(",", UPPER)).append("\r\n");
		text.append(String.join(",", LOWER)).append("\r\n");
		for (List<Value> person : people(variant)) {
			text.append(String.join(",", person.stream().map(Value::text).toList())).append("\r\n");
		}
		return text.toString().getBytes(Charset.forName("GBK"));
	}

	private static void write(Row row, List<String> texts) {
		for (int c = 0; c < texts.size(); c++) {
			row.createCell(c).setCellValue(texts.get(c));
		}
	}

	private static void cell(XSSFWorkbook workbook, Cell cell, Value value) {
		if (value.number() == null) {
			cell.setCellValue(value.text());
			return;
		}
		cell.setCellValue(value.number());
		if (value.dateFormat() != null) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(value.dateFormat()));
			cell.setCellStyle(style);
		}
	}

	/**
	 * {@code count} people in 西塘镇 written the messy way (title row, village names,
	 * month-only dates, the bureau's headings), streamed to keep the generator's memory
	 * flat: every hundredth ID stored by Excel as a number, every fiftieth row repeating
	 * an earlier person.
	 */
	static byte[] large(int count, long seed, IntFunction<String> village) {
		SyntheticPeople people = new SyntheticPeople(seed,
				List.of("330421103001", "330421103002", "330421103003", "330421103004"), 250);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("花名册");
			sheet.createRow(0).createCell(0).setCellValue("西塘镇退役军人花名册");
			List<String> heading = List.of("序号", "姓名", "公民身份号码", "户籍所在地", "联系电话", "政治面貌", "民族", "入伍年月", "退伍年月", "备注");
			write(sheet.createRow(2), heading);
			String previous = null;
			for (int i = 0; i < count; i++) {
				SyntheticPeople.Person p = people.next();
				Row row = sheet.createRow(i + 3);
				row.createCell(0).setCellValue(i + 1);
				row.createCell(1).setCellValue(p.name());
				String id = (i % 50 == 49 && previous != null) ? previous : p.idNumber();
				if (i % 100 == 99) {
					row.createCell(2).setCellValue(Double.parseDouble(id.substring(0, 17)) * 10);
				}
				else {
					row.createCell(2).setCellValue(id);
				}
				previous = p.idNumber();
				row.createCell(3).setCellValue(village.apply(i));
				row.createCell(4).setCellValue(p.phone());
				row.createCell(5).setCellValue((i % 3 == 0) ? "党员" : "群众");
				row.createCell(6).setCellValue("汉");
				row.createCell(7).setCellValue(p.enlistmentDate().getYear() + "." + p.enlistmentDate().getMonthValue());
				row.createCell(8)
					.setCellValue(p.dischargeDate().getYear() + "年" + p.dischargeDate().getMonthValue() + "月");
				row.createCell(9).setCellValue("");
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
