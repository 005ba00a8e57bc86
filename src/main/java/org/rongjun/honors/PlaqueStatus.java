package org.rongjun.honors;

public enum PlaqueStatus {

	ISSUED("待悬挂"), HUNG("已悬挂"), REPLACED("已更换"), REVOKED("已收回");

	private final String label;

	PlaqueStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
