package org.rongjun.petitions;

/**
 * How a petition came in (Art 17: 信息网络、书信、电话、传真、走访; plus cases the 12345 hotline, the
 * veterans' 12397 line or a higher body transferred or assigned). Transferred cases
 * follow Art 23 ¶3: they carry the 5-working-day objection window.
 */
public enum Channel {

	VISIT("走访"), LETTER("书信"), PHONE("电话"), ONLINE("网络"), HOTLINE_12345("12345热线转办"), HOTLINE_12397("12397热线转办"),
	TRANSFERRED("上级交办/转送");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Received from another body (转送、交办) rather than from the petitioner directly. */
	public boolean transferred() {
		return this == HOTLINE_12345 || this == HOTLINE_12397 || this == TRANSFERRED;
	}

}
