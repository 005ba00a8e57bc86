package org.rongjun.risk;

/**
 * 重大 / 较大 / 一般. No national grading was found (rules §4.4 [UNVERIFIED]); the levels
 * follow common 矛盾纠纷排查 practice. A major risk goes to the county at once, a significant
 * one to the township.
 */
public enum RiskLevel {

	MAJOR(Escalation.COUNTY), SIGNIFICANT(Escalation.TOWNSHIP), GENERAL(Escalation.VILLAGE);

	private final Escalation reportedTo;

	RiskLevel(Escalation reportedTo) {
		this.reportedTo = reportedTo;
	}

	/** The level that must know of a new risk of this grade. */
	public Escalation reportedTo() {
		return this.reportedTo;
	}

}
