package org.rongjun.risk;

/** 化解中 (open) or 已化解 (resolved). */
public enum RiskStatus {

	OPEN, RESOLVED

}
