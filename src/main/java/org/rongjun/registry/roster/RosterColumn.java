package org.rongjun.registry.roster;

import java.util.List;

/**
 * The columns of a roster file: the header text people see (and the other wordings found
 * in county spreadsheets), and the request field an error on it is reported against.
 */
public enum RosterColumn {

	NAME("姓名", "name", true), ID_NUMBER("身份证号", "idNumber", true, "身份证号码", "公民身份号码"),
	REGION("户籍区划代码", "householdRegionCode", true, "户籍地区划代码", "区划代码"),
	PHONE("联系电话", "phone", false, "手机号", "手机号码", "电话"), BANK_NAME("开户银行", "bankName", false),
	BANK_ACCOUNT("银行账号", "bankAccount", false, "银行卡号"), ADDRESS("住址", "address", false, "家庭住址"),
	EDUCATION("学历", "education", false), POLITICAL_STATUS("政治面貌", "politicalStatus", false),
	ENLISTMENT("入伍时间", "enlistmentDate", false, "入伍日期"), DISCHARGE("退役时间", "dischargeDate", false, "退役日期"),
	BRANCH("军种", "militaryBranch", false), RANK("军衔", "militaryRank", false),
	DISCHARGE_TYPE("退役安置方式", "dischargeType", false, "安置方式"), UNIT("原部队", "serviceUnit", false, "服役部队"),
	HARDSHIP("困难退役军人", "hardship", false, "是否困难");

	private final String header;

	private final String field;

	private final boolean required;

	private final List<String> aliases;

	RosterColumn(String header, String field, boolean required, String... aliases) {
		this.header = header;
		this.field = field;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	public String header() {
		return this.header;
	}

	String field() {
		return this.field;
	}

	boolean required() {
		return this.required;
	}

	boolean matches(String headerText) {
		String text = headerText.replace("*", "").replace("＊", "").strip();
		return this.header.equals(text) || this.aliases.contains(text);
	}

	static String headerOfField(String field) {
		for (RosterColumn column : values()) {
			if (column.field.equals(field)) {
				return column.header;
			}
		}
		return field;
	}

}
