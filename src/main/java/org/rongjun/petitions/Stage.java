package org.rongjun.petitions;

/** The three written answers a petition may get: 处理意见, 复查意见 (Art 35), 复核意见 (Art 36). */
public enum Stage {

	HANDLING("信访处理意见书"), REVIEW("复查意见书"), RECHECK("复核意见书");

	private final String title;

	Stage(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
