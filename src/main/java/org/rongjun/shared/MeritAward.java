package org.rongjun.shared;

/**
 * A servicemember's award (奖励, docs/glossary.md), highest first: the one list every
 * module uses. Honors delivers a merit notice for each (送喜报工作办法 2020; 优秀士兵 by the
 * township, 浙江省军人军属权益保障条例 Art 6); benefits raises a conscript family's allowance by the
 * county's uplift for it (Art 7).
 */
public enum MeritAward {

	AUGUST_FIRST_MEDAL("八一勋章"), HONORARY_TITLE("荣誉称号"), FIRST_CLASS_MERIT("一等功"), SECOND_CLASS_MERIT("二等功"),
	THIRD_CLASS_MERIT("三等功"), OUTSTANDING_SOLDIER("优秀士兵");

	private final String label;

	MeritAward(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
