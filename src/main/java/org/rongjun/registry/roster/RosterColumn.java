package org.rongjun.registry.roster;

/**
 * The columns of our roster template, in order: the heading people see and whether it is
 * required. Other wordings of the same columns are read through the heading table
 * ({@code registry.roster_heading}).
 */
public enum RosterColumn {

	NAME("姓名", "name", true), ID_NUMBER("身份证号", "idNumber", true), REGION("户籍区划代码", "householdRegionCode", true),
	PHONE("联系电话", "phone", false), BANK_NAME("开户银行", "bankName", false), BANK_ACCOUNT("银行账号", "bankAccount", false),
	ADDRESS("住址", "address", false), EDUCATION("学历", "education", false),
	POLITICAL_STATUS("政治面貌", "politicalStatus", false), ENLISTMENT("入伍时间", "enlistmentDate", false),
	DISCHARGE("退役时间", "dischargeDate", false), BRANCH("军种", "militaryBranch", false), RANK("军衔", "militaryRank", false),
	DISCHARGE_TYPE("退役安置方式", "dischargeType", false), UNIT("原部队", "serviceUnit", false),
	HARDSHIP("困难退役军人", "hardship", false);

	private final String header;

	private final String field;

	private final boolean required;

	RosterColumn(String header, String field, boolean required) {
		this.header = header;
		this.field = field;
		this.required = required;
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

}
