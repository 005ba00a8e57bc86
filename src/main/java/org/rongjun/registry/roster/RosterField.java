package org.rongjun.registry.roster;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a roster column can mean. A bureau's headings are mapped to these through the
 * heading table ({@code registry.roster_heading}, {@link Headings}); each field says
 * which kinds of roster use it, its label in our template and the preview, and the
 * request field an error is reported against. A family roster uses fewer fields: adding
 * one there (e.g. a bank account once family members have one) is adding
 * {@link RosterKind#FAMILY} to it and a line to {@link FamilyColumns}.
 */
public enum RosterField {

	NAME("姓名", "name", Use.BOTH), ID_NUMBER("身份证号", "idNumber", Use.BOTH),
	REGION_CODE("户籍区划代码", "householdRegionCode", Use.VETERANS),
	HOUSEHOLD_PLACE("户籍所在地", "householdRegionCode", Use.VETERANS), ADDRESS("住址", "address", Use.VETERANS),
	GENDER("性别", "gender", Use.BOTH), BIRTH_DATE("出生日期", "birthDate", Use.BOTH),
	ETHNICITY("民族", "ethnicity", Use.VETERANS), PHONE("联系电话", "phone", Use.BOTH),
	BANK_NAME("开户银行", "bankName", Use.VETERANS), BANK_ACCOUNT("银行账号", "bankAccount", Use.VETERANS),
	EDUCATION("学历", "education", Use.VETERANS), POLITICAL_STATUS("政治面貌", "politicalStatus", Use.VETERANS),
	ENLISTMENT("入伍时间", "enlistmentDate", Use.VETERANS), DISCHARGE("退役时间", "dischargeDate", Use.VETERANS),
	BRANCH("军种", "militaryBranch", Use.VETERANS), RANK("军衔", "militaryRank", Use.VETERANS),
	DISCHARGE_TYPE("退役安置方式", "dischargeType", Use.VETERANS), UNIT("原部队", "serviceUnit", Use.VETERANS),
	HARDSHIP("困难退役军人", "hardship", Use.VETERANS), CATEGORY("人员类别", "category", Use.BOTH),
	DISABILITY_GRADE("伤残等级", "disabilityGrade", Use.VETERANS),
	DISABILITY_CAUSE("伤残性质", "disabilityCause", Use.VETERANS), CERTIFICATE_NO("证书编号", "certificateNo", Use.BOTH),
	CURRENT_ADDRESS("现居住地址", "currentAddress", Use.VETERANS), REMARK("备注", "remark", Use.BOTH),
	RELATIONSHIP("与退役军人关系", "relationship", Use.FAMILY), LINKED_ID_NUMBER("退役军人身份证号", "veteranIdNumber", Use.FAMILY),
	LINKED_NAME("退役军人姓名", "veteranName", Use.FAMILY),
	/** 序号: numbers the rows, stored nowhere. */
	SEQUENCE("序号", "sequence", Use.BOTH);

	private enum Use {

		VETERANS, FAMILY, BOTH

	}

	private final String label;

	private final String field;

	private final Use use;

	RosterField(String label, String field, Use use) {
		this.label = label;
		this.field = field;
		this.use = use;
	}

	/** The heading in our template, and the field's name in the preview. */
	public String label() {
		return this.label;
	}

	/** The request field of the person file (or family member) it fills. */
	String field() {
		return this.field;
	}

	public boolean usedBy(RosterKind kind) {
		return this.use == Use.BOTH || this.use.name().equals(kind.name());
	}

	/**
	 * The fields a roster of this kind cannot do without: for people, a name, an ID
	 * number and where the household is registered (a region code or a place name); for
	 * family members, whose they are.
	 */
	static Set<RosterField> required(RosterKind kind) {
		return (kind == RosterKind.VETERANS) ? EnumSet.of(NAME, ID_NUMBER, REGION_CODE)
				: EnumSet.of(NAME, RELATIONSHIP, LINKED_ID_NUMBER);
	}

	/**
	 * Whether the mapped fields satisfy {@code required}, counting a place name for a
	 * code.
	 */
	static boolean satisfies(Set<RosterField> mapped, RosterField required) {
		return mapped.contains(required) || (required == REGION_CODE && mapped.contains(HOUSEHOLD_PLACE));
	}

	/** "户籍区划代码（或户籍所在地）" for the one requirement two fields meet. */
	String requirementLabel() {
		return (this == REGION_CODE) ? "户籍区划代码（或户籍所在地）" : this.label;
	}

}
