package org.rongjun.benefits.conscript;

/** Where a conscript serves; hardship areas multiply the allowance (rules §2.5). */
public enum ServiceArea {

	ORDINARY("一般地区"), TIBET("西藏"), XINJIANG("新疆"), PLATEAU("高原");

	private final String label;

	ServiceArea(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
