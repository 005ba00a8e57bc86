package org.rongjun.contact;

/**
 * 思想动态, as the liaison judged it on a contact: 稳定 (stable), 关注 (worth watching), 波动
 * (unsettled — an early warning for risk screening).
 */
public enum Mood {

	STABLE, CONCERN, UNSTABLE

}
