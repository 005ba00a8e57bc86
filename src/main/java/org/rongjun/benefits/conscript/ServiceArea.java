package org.rongjun.benefits.conscript;

/**
 * Where a conscript serves; hardship areas multiply the allowance (德安县's rule,
 * docs/rules.md).
 */
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
