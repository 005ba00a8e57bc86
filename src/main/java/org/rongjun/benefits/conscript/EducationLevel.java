package org.rongjun.benefits.conscript;

/**
 * Education at enlistment; graduates and students earn an uplift (德安县's rule,
 * docs/rules.md).
 */
public enum EducationLevel {

	OTHER("其他"), STUDENT("在校大学生"), COLLEGE("大专毕业"), BACHELOR("本科及以上毕业");

	private final String label;

	EducationLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
