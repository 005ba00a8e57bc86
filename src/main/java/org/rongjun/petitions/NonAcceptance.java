package org.rongjun.petitions;

/** Why a petition is not accepted, each with the article that says so. */
public enum NonAcceptance {

	/** 不属于本机关职权范围: tell the petitioner where to go (Art 23 ¶1). */
	OUTSIDE_JURISDICTION("不属于本机关职权范围，请向有权处理的机关提出（第二十三条第一款）"),
	/** 应通过诉讼、仲裁、复议等法定途径解决 (Art 31(一)–(四)). */
	OTHER_PROCEDURE("应当通过诉讼、仲裁、行政复议等法定途径解决（第三十一条）"),
	/** 复核后以同一事实和理由再提出的，不再受理 (Art 36 ¶3). */
	FINAL_AFTER_RECHECK("同一事实和理由已经复核终结，不再受理（第三十六条第三款）"),
	/** 已受理或正在办理的同一事项 (Art 19 ¶3). */
	SAME_MATTER_UNDER_HANDLING("同一信访事项已经受理或者正在办理（第十九条第三款）");

	private final String label;

	NonAcceptance(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
