package org.rongjun.registry.merge;

import java.util.Arrays;
import java.util.List;

import org.rongjun.registry.Veteran;
import org.rongjun.shared.ProblemException;

/**
 * A part of a person file whose value staff choose from one of two files when merging
 * them. Each part moves as a whole: the ID number carries gender and birth date with it
 * (they are read from the number), the bank account its bank, the death its date, source
 * and report.
 */
public enum MergeField {

	NAME("name", "姓名", "name", "name_pinyin", "name_initials"),
	ID_NUMBER("idNumber", "身份证号", "id_number_cipher", "id_number_index", "id_number_mask", "gender", "birth_date"),
	PHONE("phone", "联系电话", "phone_cipher", "phone_index", "phone_mask"),
	BANK_ACCOUNT("bankAccount", "开户银行及账号", "bank_name", "bank_account_cipher", "bank_account_mask"),
	HOUSEHOLD_REGION("householdRegionCode", "户籍所在地", "household_region_code"), ADDRESS("address", "现住址", "address"),
	EDUCATION("education", "学历", "education"), POLITICAL_STATUS("politicalStatus", "政治面貌", "political_status"),
	ENLISTMENT_DATE("enlistmentDate", "入伍时间", "enlistment_date", "enlistment_date_precision"),
	DISCHARGE_DATE("dischargeDate", "退役时间", "discharge_date", "discharge_date_precision"),
	MILITARY_BRANCH("militaryBranch", "军种", "military_branch"), MILITARY_RANK("militaryRank", "军衔", "military_rank"),
	DISCHARGE_TYPE("dischargeType", "安置方式", "discharge_type"), SERVICE_UNIT("serviceUnit", "服役部队", "service_unit"),
	HARDSHIP("hardship", "困难人员", "hardship"),
	DEATH("death", "去世信息", "death_date", "death_source", "death_remark", "death_reported_by", "death_reported_at");

	private final String field;

	private final String label;

	private final List<String> columns;

	MergeField(String field, String label, String... columns) {
		this.field = field;
		this.label = label;
		this.columns = List.of(columns);
	}

	/** The name used in the API, as in {@link Veteran}'s components. */
	public String field() {
		return this.field;
	}

	public String label() {
		return this.label;
	}

	/** The columns of {@code registry.veteran} that move together. */
	List<String> columns() {
		return this.columns;
	}

	public static MergeField of(String field) {
		return Arrays.stream(values())
			.filter((value) -> value.field.equals(field))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalidField("fieldsFromMerged", "未知的字段：" + field));
	}

}
