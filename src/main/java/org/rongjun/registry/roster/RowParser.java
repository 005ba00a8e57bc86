package org.rongjun.registry.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryLookup;
import org.rongjun.registry.person.FieldProblem;
import org.rongjun.registry.person.RegistrationChecks;
import org.rongjun.registry.person.ServiceDates;
import org.rongjun.registry.person.VeteranDraft;
import org.rongjun.registry.person.VeteranRecord;
import org.rongjun.registry.person.VeteranRecords;
import org.rongjun.shared.Gender;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.PartialDate;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.spreadsheet.SheetRow;
import org.rongjun.shared.spreadsheet.SheetRow.CellKind;

/**
 * Reads one roster row into a person file to write, the way a bureau wrote it: numbers
 * with full-width digits, spaces and dashes; dates to the day or to the month; values by
 * their code, label or a synonym; the household by region code or place name. Only the
 * required fields (name, ID number, household) and numbers Excel damaged reject a row;
 * every problem is reported on its column, all of them at once. An optional value that
 * cannot be read is a warning, its text kept in the remark.
 */
final class RowParser {

	/** A remark saying the person died: 已故, 死亡（2023.05）, 去世, 病故. */
	private static final Pattern DEATH = Pattern.compile("(已故|死亡|去世|病故|已逝|亡故)([（(]?[0-9０-９.．年月日/\\-]*[)）]?)");

	private static final Pattern PHONE_DIGITS = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

	private static final Pattern ACCOUNT_DIGITS = Pattern.compile("\\d{12,30}");

	private final ImportContext context;

	private final RegistrationChecks checks;

	private final VeteranRecords records;

	RowParser(ImportContext context, RegistrationChecks checks, VeteranRecords records) {
		this.context = context;
		this.checks = checks;
		this.records = records;
	}

	/**
	 * A row read: the file to write, or the errors that keep it out; warnings either way.
	 */
	record Parsed(SheetRow row, @Nullable VeteranRecord record, List<RowIssue> errors, List<RowIssue> warnings) {

		boolean failed() {
			return this.record == null;
		}

	}

	Parsed parse(SheetRow row) {
		RowIssues issues = new RowIssues();
		String name = text(row, RosterField.NAME);
		if (name == null) {
			issues.error(column(RosterField.NAME), "请填写姓名");
		}
		String idNumber = number(row, RosterField.ID_NUMBER, "身份证号", issues);
		IdNumber id = null;
		if (idNumber == null && !damaged(row, RosterField.ID_NUMBER)) {
			issues.error(column(RosterField.ID_NUMBER), "请填写身份证号");
		}
		else if (idNumber != null) {
			try {
				id = IdNumber.parse(idNumber);
				if (idNumber.length() == 15) {
					issues.warning(column(RosterField.ID_NUMBER), "15位旧身份证号已升为18位：" + id.masked());
				}
				if (CellValues.roundedTail(idNumber)) {
					issues.error(column(RosterField.ID_NUMBER),
							"身份证号末三位为000，像是被 Excel 按数字保存后舍入的号码，" + "不能导入：请把该列设置为“文本”格式后按原证件重新录入");
					id = null;
				}
			}
			catch (IdNumber.InvalidIdNumberException ex) {
				issues.error(column(RosterField.ID_NUMBER), "身份证号" + ex.getMessage());
			}
		}
		String phone = number(row, RosterField.PHONE, "联系电话", issues);
		String account = number(row, RosterField.BANK_ACCOUNT, "银行账号", issues);
		if (account != null && CellValues.roundedTail(account)) {
			issues.error(column(RosterField.BANK_ACCOUNT),
					"银行账号第15位以后全为0，像是被 Excel 按数字保存后舍入的号码，" + "不能导入：请把该列设置为“文本”格式后按银行卡重新录入");
		}
		String region = region(row, issues);
		Gender gender = gender(row, id, issues);
		LocalDate birth = birth(row, id, issues);
		PartialDate enlistment = date(row, RosterField.ENLISTMENT, issues);
		PartialDate discharge = date(row, RosterField.DISCHARGE, issues);
		if (id != null) {
			for (FieldProblem problem : ServiceDates.problems(id.birthDate(), enlistment, discharge,
					this.context.today())) {
				RosterField field = problem.field().equals("enlistmentDate") ? RosterField.ENLISTMENT
						: RosterField.DISCHARGE;
				issues.unread(column(field), this.context.cell(row, field), problem.message() + "，该日期未导入");
				if (field == RosterField.ENLISTMENT) {
					enlistment = null;
				}
				else {
					discharge = null;
				}
			}
		}
		Boolean hardship = hardship(row, issues);
		String remark = this.context.cell(row, RosterField.REMARK);
		String deathCheck = (remark != null) ? deathCheck(remark) : null;
		String veteranType = category(row, issues);
		String residence = residence(row);
		VeteranDraft draft = new VeteranDraft(name, (id != null) ? id.value() : null, gender, birth, phone,
				limited(row, RosterField.BANK_NAME, 50, issues), account, region,
				limited(row, RosterField.ADDRESS, 200, issues), code(row, RosterField.EDUCATION, issues),
				code(row, RosterField.POLITICAL_STATUS, issues), enlistment, discharge,
				code(row, RosterField.BRANCH, issues), limited(row, RosterField.RANK, 30, issues),
				code(row, RosterField.DISCHARGE_TYPE, issues), limited(row, RosterField.UNIT, 100, issues), hardship,
				code(row, RosterField.ETHNICITY, issues), veteranType,
				limited(row, RosterField.CURRENT_ADDRESS, 200, issues), residence, null);
		if (name != null && !VeteranImport.plainlyValidName(name)) {
			issues.error(column(RosterField.NAME), "姓名只能包含汉字、字母、空格或间隔号，且不超过50个字");
		}
		if (issues.failed() || id == null || region == null) {
			return new Parsed(row, null, issues.errors, issues.warnings);
		}
		try {
			VeteranRecord record = this.records.prepareImport(draft, this.context.scope(), this.checks);
			String kept = issues.remark((remark != null) ? RosterText.maskNumbers(remark) : "");
			record = record.withRemark(kept.isEmpty() ? null : kept);
			if (deathCheck != null) {
				record = record.withDeathCheck(deathCheck);
				issues.warning(column(RosterField.REMARK), "备注写有“" + deathCheck + "”：已导入并列入待核实去世的人员（工作台），未直接登记为去世");
			}
			return new Parsed(row, record, issues.errors, issues.warnings);
		}
		catch (ProblemException ex) {
			List<FieldProblem> problems = FieldProblem.of(ex);
			if (problems.isEmpty()) {
				issues.error(column(RosterField.REGION_CODE), String.valueOf(ex.getBody().getDetail()));
			}
			for (FieldProblem problem : problems) {
				issues.error(this.context.columnOfField(problem.field()), problem.message());
			}
			return new Parsed(row, null, issues.errors, issues.warnings);
		}
	}

	/** A remark's words about a death, such as 死亡（2023.05）; null when it says none. */
	static @Nullable String deathCheck(String remark) {
		Matcher matcher = DEATH.matcher(remark);
		return matcher.find() ? matcher.group().strip() : null;
	}

	private String column(RosterField field) {
		return this.context.column(field);
	}

	private @Nullable String text(SheetRow row, RosterField field) {
		String text = this.context.cell(row, field);
		return (text != null) ? RosterText.halfWidth(text) : null;
	}

	private boolean damaged(SheetRow row, RosterField field) {
		String text = this.context.cell(row, field);
		return text != null && CellValues.damaged(text, this.context.kind(row, field));
	}

	/**
	 * An ID, phone or account number: digits without separators, or null when empty or
	 * damaged by Excel (an error on its column then, naming the cause and the fix).
	 */
	private @Nullable String number(SheetRow row, RosterField field, String what, RowIssues issues) {
		String text = this.context.cell(row, field);
		if (text == null) {
			return null;
		}
		if (CellValues.damaged(text, this.context.kind(row, field))) {
			issues.error(column(field), CellValues.damagedMessage(what, text));
			return null;
		}
		String digits = RosterText.compactNumber(text);
		if (field == RosterField.PHONE && digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		if (digits.isEmpty()) {
			return null;
		}
		Pattern valid = switch (field) {
			case PHONE -> PHONE_DIGITS;
			case BANK_ACCOUNT -> ACCOUNT_DIGITS;
			default -> null;
		};
		if (valid != null && !valid.matcher(digits).matches()) {
			issues.unread(column(field), text, what + "“" + RosterText.maskNumbers(text) + "”格式不正确，未导入");
			return null;
		}
		return digits;
	}

	private @Nullable String region(SheetRow row, RowIssues issues) {
		String code = text(row, RosterField.REGION_CODE);
		if (code != null) {
			return RosterText.compactNumber(code);
		}
		String place = text(row, RosterField.HOUSEHOLD_PLACE);
		if (place == null) {
			issues.error(this.context.mapping().positions().containsKey(RosterField.HOUSEHOLD_PLACE)
					? column(RosterField.HOUSEHOLD_PLACE) : column(RosterField.REGION_CODE), "请填写户籍所在地");
			return null;
		}
		PlaceNames.Place found = this.context.places().resolve(place);
		if (found.ambiguous()) {
			issues.error(column(RosterField.HOUSEHOLD_PLACE),
					"“" + place + "”可能是" + String.join("、", found.candidates()) + "，请写明上级镇街或填写区划代码");
			return null;
		}
		if (!found.found()) {
			issues.error(column(RosterField.HOUSEHOLD_PLACE), "“" + place + "”不是您数据范围内的村（社区）或镇街，请核对地名或填写区划代码");
			return null;
		}
		if (!this.context.scope().contains(found.code())) {
			issues.error(column(RosterField.HOUSEHOLD_PLACE), "“" + place + "”是" + found.path() + "，不在您的数据范围内");
			return null;
		}
		return found.code();
	}

	/** 现居住地址's region when the address names one inside the scope; quietly none else. */
	private @Nullable String residence(SheetRow row) {
		String address = text(row, RosterField.CURRENT_ADDRESS);
		if (address == null) {
			return null;
		}
		PlaceNames.Place found = this.context.places().resolve(address);
		return (found.found() && this.context.scope().contains(found.code())) ? found.code() : null;
	}

	private @Nullable Gender gender(SheetRow row, @Nullable IdNumber id, RowIssues issues) {
		String text = text(row, RosterField.GENDER);
		if (text == null) {
			return null;
		}
		Gender gender = CellValues.gender(text);
		if (gender == null) {
			issues.warning(column(RosterField.GENDER), "“" + text + "”不是性别，已按身份证号认定");
			return null;
		}
		if (id != null && gender != id.gender()) {
			issues.error(column(RosterField.GENDER), "性别“" + text + "”与身份证号不一致，身份证号可能有误（如被 Excel 舍入），请核对");
		}
		return null;
	}

	private @Nullable LocalDate birth(SheetRow row, @Nullable IdNumber id, RowIssues issues) {
		String text = this.context.cell(row, RosterField.BIRTH_DATE);
		if (text == null) {
			return null;
		}
		PartialDate date;
		try {
			date = RosterDates.parse(text, this.context.kind(row, RosterField.BIRTH_DATE));
		}
		catch (IllegalArgumentException ex) {
			issues.warning(column(RosterField.BIRTH_DATE), ex.getMessage() + "，已按身份证号认定");
			return null;
		}
		if (id != null && (date.monthOnly() ? !date.yearMonth().equals(java.time.YearMonth.from(id.birthDate()))
				: !date.date().equals(id.birthDate()))) {
			issues.error(column(RosterField.BIRTH_DATE), "出生日期“" + text + "”与身份证号不一致，身份证号可能有误（如被 Excel 舍入），请核对");
		}
		return null;
	}

	private @Nullable PartialDate date(SheetRow row, RosterField field, RowIssues issues) {
		String text = this.context.cell(row, field);
		if (text == null) {
			return null;
		}
		try {
			return RosterDates.parse(text, this.context.kind(row, field));
		}
		catch (IllegalArgumentException ex) {
			issues.unread(column(field), text, ex.getMessage());
			return null;
		}
	}

	private @Nullable Boolean hardship(SheetRow row, RowIssues issues) {
		String text = text(row, RosterField.HARDSHIP);
		if (text == null) {
			return null;
		}
		Boolean yes = CellValues.yesNo(text);
		if (yes == null) {
			issues.unread(column(RosterField.HARDSHIP), text, "应填“是”或“否”，未能读取“" + text + "”");
		}
		return yes;
	}

	/** A value of a code list by its code, label or synonym; the code, or null. */
	private @Nullable String code(SheetRow row, RosterField field, RowIssues issues) {
		String text = text(row, field);
		if (text == null) {
			return null;
		}
		DictionaryKind kind = switch (field) {
			case EDUCATION -> DictionaryKind.EDUCATION;
			case POLITICAL_STATUS -> DictionaryKind.POLITICAL_STATUS;
			case BRANCH -> DictionaryKind.MILITARY_BRANCH;
			case DISCHARGE_TYPE -> DictionaryKind.DISCHARGE_TYPE;
			case ETHNICITY -> DictionaryKind.ETHNICITY;
			default -> throw new IllegalArgumentException(field.name());
		};
		DictionaryLookup.Resolution resolution = this.context.dictionary().resolve(kind, text);
		if (resolution.found()) {
			return resolution.code();
		}
		issues.unread(column(field), text, (resolution.retiredLabel() != null) ? kind.label() + "“" + text + "”已停用"
				: kind.label() + "“" + text + "”不在字典中（可由系统管理员添加同义词）");
		return null;
	}

	/**
	 * 人员类别: a class of veteran (退役士兵, 转业干部 …) is kept on the file. A beneficiary category
	 * (伤残军人, 烈属 …) with its 伤残等级 and 伤残性质 is a decision of the 优抚 procedure that an
	 * import does not make: kept word for word in the remark, with a warning, for staff
	 * to register through the category form.
	 */
	private @Nullable String category(SheetRow row, RowIssues issues) {
		String text = text(row, RosterField.CATEGORY);
		List<String> disability = new ArrayList<>(2);
		for (RosterField field : new RosterField[] { RosterField.DISABILITY_GRADE, RosterField.DISABILITY_CAUSE,
				RosterField.CERTIFICATE_NO }) {
			String value = text(row, field);
			if (value != null) {
				disability.add(value);
				issues.unread(column(field), value, "优抚类别须经优抚对象认定登记，导入不直接登记");
			}
		}
		if (text == null) {
			return null;
		}
		DictionaryLookup.Resolution type = this.context.dictionary().resolve(DictionaryKind.VETERAN_TYPE, text);
		if (type.found()) {
			return type.code();
		}
		DictionaryLookup.Resolution category = this.context.dictionary()
			.resolve(DictionaryKind.BENEFICIARY_CATEGORY, text);
		issues.unread(column(RosterField.CATEGORY), text,
				category.found() ? "优抚类别“" + text + "”须经优抚对象认定登记，导入不直接登记" : "人员类别“" + text + "”不在字典中");
		return null;
	}

	private @Nullable String limited(SheetRow row, RosterField field, int max, RowIssues issues) {
		String text = text(row, field);
		if (text == null) {
			return null;
		}
		String kept = RosterText.maskNumbers(text);
		if (kept.length() > max) {
			issues.warning(column(field), "超过" + max + "个字，已截断");
			return kept.substring(0, max);
		}
		return kept;
	}

}
