package org.rongjun.honors;

/**
 * The awards a merit notice (喜报) is sent for, with the level that delivers it (送喜报工作办法
 * 2020): 八一勋章 and 荣誉称号 by the province with the provincial military district, 一等功 by the
 * prefecture with the military sub-district, 二等功 by the county's principal official with
 * the people's armed forces department. The source text is cut before 三等功; county
 * delivery follows local practice (docs/rules.md, honors).
 */
public enum MeritAward {

	AUGUST_FIRST_MEDAL("八一勋章", DeliveringLevel.PROVINCE), HONORARY_TITLE("荣誉称号", DeliveringLevel.PROVINCE),
	FIRST_CLASS_MERIT("一等功", DeliveringLevel.CITY), SECOND_CLASS_MERIT("二等功", DeliveringLevel.COUNTY),
	THIRD_CLASS_MERIT("三等功", DeliveringLevel.COUNTY);

	private final String label;

	private final DeliveringLevel level;

	MeritAward(String label, DeliveringLevel level) {
		this.label = label;
		this.level = level;
	}

	public String label() {
		return this.label;
	}

	public DeliveringLevel deliveringLevel() {
		return this.level;
	}

	/** How the letter words the award: 荣立二等功, 被授予八一勋章. */
	String phrase(String title) {
		return switch (this) {
			case AUGUST_FIRST_MEDAL -> "被授予八一勋章";
			case HONORARY_TITLE -> "被授予“" + (title.isBlank() ? "荣誉称号" : title) + "”荣誉称号";
			default -> "荣立" + this.label;
		};
	}

}
