package org.rongjun.petitions;

/** The written notices and opinions a petitioner receives, each as a PDF. */
public enum LetterKind {

	/** 受理告知书 (Art 23). */
	ACCEPTANCE("信访事项受理告知书"),
	/** 不予受理告知书 (Art 23 ¶1, 31, 36 ¶3). */
	NON_ACCEPTANCE("信访事项不予受理告知书"),
	/** 延期告知书 (Art 34: 告知信访人延期理由). */
	EXTENSION("信访事项延期办理告知书"),
	/** 信访处理意见书 (Art 32). */
	OPINION("信访处理意见书"),
	/** 复查意见书 (Art 35). */
	REVIEW_OPINION("信访事项复查意见书"),
	/** 复核意见书 (Art 36). */
	RECHECK_OPINION("信访事项复核意见书");

	private final String title;

	LetterKind(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
