package org.rongjun.petitions;

/** The three classes of 信访事项 and the article that says how each is handled. */
public enum PetitionClass {

	/** 建议意见类: studied, adopted where sound, answered (Art 29). */
	SUGGESTION("建议意见类"),
	/** 检举控告类: the material never reaches the accused (Art 30). */
	ACCUSATION("检举控告类"),
	/** 申诉求决类: investigated and answered with a 信访处理意见书 (Art 31(六), 32). */
	CLAIM("申诉求决类");

	private final String label;

	PetitionClass(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
