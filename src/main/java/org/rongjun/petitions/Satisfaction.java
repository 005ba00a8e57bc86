package org.rongjun.petitions;

/** The petitioner's evaluation of an answer (Art 21: 方便信访人查询、评价). */
public enum Satisfaction {

	SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
