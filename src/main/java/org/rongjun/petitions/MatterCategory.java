package org.rongjun.petitions;

/**
 * What a petition is about, for repeat detection (same person, same category) and
 * statistics.
 */
public enum MatterCategory {

	BENEFITS("优抚待遇"), RESETTLEMENT("安置"), EMPLOYMENT("就业创业"), MEDICAL("医疗保障"), HOUSING("住房"), SOCIAL_SECURITY("社会保险接续"),
	HONORS("褒扬纪念"), CONDUCT("工作作风"), OTHER("其他");

	private final String label;

	MatterCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
