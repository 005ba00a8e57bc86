package org.rongjun.benefits;

import java.util.Set;

/**
 * What a payment run pays (CAM CAPITAL.REGTYPE). The regular ones are paid monthly to
 * beneficiaries of their categories; the one-off ones pay payables other modules
 * schedule.
 */
public enum BenefitType {

	/** 残疾抚恤金 (抚恤条例 Art 31), categories 1x. */
	DISABILITY_PENSION("残疾抚恤金", Set.of("11", "12", "13", "14", "15", "16"), 12),
	/** 定期抚恤金 of 三属 (抚恤条例 Art 19), categories 2x. */
	SURVIVOR_PENSION("定期抚恤金", Set.of("21", "22", "23"), 6),
	/** 定期生活补助 (抚恤条例 Art 62). */
	LIVING_SUBSIDY("定期生活补助", Set.of("31", "32", "33", "41", "42", "51", "61", "81", "B1"), 6),
	/** 义务兵家庭优待金 (兵役法 Art 50, 抚恤条例 Art 42), paid yearly per conscript family. */
	CONSCRIPT_FAMILY_ALLOWANCE("义务兵家庭优待金", Set.of(), 0),
	/** 临时困难补助, scheduled by the grants module. */
	HARDSHIP_GRANT("临时困难补助", Set.of(), 0);

	private final String label;

	private final Set<String> categories;

	private final int funeralMonths;

	BenefitType(String label, Set<String> categories, int funeralMonths) {
		this.label = label;
		this.categories = categories;
		this.funeralMonths = funeralMonths;
	}

	public String label() {
		return this.label;
	}

	/** The beneficiary categories (优抚对象类别) this benefit is paid to. */
	public Set<String> categories() {
		return this.categories;
	}

	/**
	 * Whether runs of this benefit pay scheduled one-off payables instead of
	 * beneficiaries.
	 */
	public boolean isOneOff() {
		return this == HARDSHIP_GRANT || this == CONSCRIPT_FAMILY_ALLOWANCE;
	}

	/**
	 * Months the pension continues after the recipient's death as 丧葬补助: 6 for 定期抚恤金 (抚恤条例
	 * Art 22) and 参战 定期生活补助 (Art 62), 12 for 残疾抚恤金 on death by illness (Art 32).
	 */
	public int funeralMonths() {
		return this.funeralMonths;
	}

}
