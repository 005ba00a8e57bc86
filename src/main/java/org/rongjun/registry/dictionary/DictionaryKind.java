package org.rongjun.registry.dictionary;

/** The code lists of the registry; each item's code is what person records store. */
public enum DictionaryKind {

	BENEFICIARY_CATEGORY("优抚对象类别"), MILITARY_BRANCH("军种"), DISCHARGE_TYPE("安置方式"), EDUCATION("学历"),
	POLITICAL_STATUS("政治面貌"), RELATIONSHIP("家庭关系"), ETHNICITY("民族"), VETERAN_TYPE("人员类别");

	private final String label;

	DictionaryKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
