package org.rongjun.registry;

/**
 * 户籍类别: urban or rural household registration. Standards for several categories differ by
 * it (docs/rules.md, benefits: 标准按 类别 × 等级 × 性质 × 户籍类别 × 所属县区), so a beneficiary record
 * carries the one its standard is chosen by; a record without one is paid only by
 * standards that apply to both.
 */
public enum HouseholdType {

	URBAN("城镇"), RURAL("农村");

	private final String label;

	HouseholdType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
