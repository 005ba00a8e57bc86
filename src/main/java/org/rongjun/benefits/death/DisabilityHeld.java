package org.rongjun.benefits.death;

/**
 * A 残疾抚恤金 record the deceased held: grade 1–10 and 性质 COMBAT, DUTY or ILLNESS.
 */
public record DisabilityHeld(int grade, String cause) {

	/** 因战 or 因公 致残: the disabilities Art 32 ¶1 and the 1–4级 clause of ¶2 speak of. */
	boolean inCombatOrOnDuty() {
		return "COMBAT".equals(this.cause) || "DUTY".equals(this.cause);
	}

}
