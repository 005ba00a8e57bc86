package org.rongjun.benefits.overpayment;

/** How money came back. */
public enum RecoveryMethod {

	/** 柜面退回: paid back at the bureau's counter. */
	COUNTER("柜面退回"),
	/** 银行转账: transferred to the bureau's account. */
	BANK_TRANSFER("银行转账"),
	/** 从丧葬补助中抵扣: set off against the 丧葬补助 still due to the survivors. */
	FUNERAL_OFFSET("从丧葬补助中抵扣");

	private final String label;

	RecoveryMethod(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
