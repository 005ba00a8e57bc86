package org.rongjun.benefits.conscript;

/** The highest merit award of the service year; only the highest one counts. */
public enum MeritAward {

	NONE("无"), OUTSTANDING_SOLDIER("优秀士兵"), THIRD_CLASS("三等功"), SECOND_CLASS("二等功"), FIRST_CLASS("一等功"),
	HONOR_TITLE("荣誉称号");

	private final String label;

	MeritAward(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
