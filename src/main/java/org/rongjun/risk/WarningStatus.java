package org.rongjun.risk;

/** 待研判, 已转为风险隐患, 已排除. */
public enum WarningStatus {

	NEW, ACCEPTED, DISMISSED

}
