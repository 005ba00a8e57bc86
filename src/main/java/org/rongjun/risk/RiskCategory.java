package org.rongjun.risk;

/**
 * What a risk is about: 生活困难, 待遇诉求, 心理, 家庭矛盾, 涉法涉诉, 其他. The screening checklist asks
 * about each.
 */
public enum RiskCategory {

	LIVING_HARDSHIP, BENEFIT_CLAIM, PSYCHOLOGICAL, FAMILY_CONFLICT, LEGAL_DISPUTE, OTHER

}
