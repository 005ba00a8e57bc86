package org.rongjun.registry.lifeevents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Age-trigger reminders (CAM INFORMATIONCUE.TYPE; docs/rules.md, registry). Survivors'
 * children are re-checked at 18 and at 22, the usual end of schooling (抚恤条例 Art 19:
 * 子女未满18周岁或 已满18周岁但因上学或残疾无生活费来源); veterans at 55 and 60, the ages at which age-based
 * subsidies (e.g. category 81, 60周岁以上农村籍退役士兵) become due.
 */
public enum ReminderKind {

	SURVIVOR_CHILD_18("01", "年满18周岁三属", 18, PersonType.FAMILY_MEMBER),
	SURVIVOR_CHILD_22("02", "年满22周岁三属", 22, PersonType.FAMILY_MEMBER),
	VETERAN_60("03", "年满60周岁退役老兵", 60, PersonType.VETERAN), VETERAN_55("04", "年满55周岁退役老兵", 55, PersonType.VETERAN);

	private final String camCode;

	private final String label;

	private final int age;

	private final PersonType personType;

	ReminderKind(String camCode, String label, int age, PersonType personType) {
		this.camCode = camCode;
		this.label = label;
		this.age = age;
		this.personType = personType;
	}

	public String camCode() {
		return this.camCode;
	}

	public String label() {
		return this.label;
	}

	public int age() {
		return this.age;
	}

	public PersonType personType() {
		return this.personType;
	}

	/** By name ({@code VETERAN_60}) or CAM code ({@code 03}). */
	public static Optional<ReminderKind> parse(String value) {
		String key = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((kind) -> kind.name().equals(key) || kind.camCode.equals(key))
			.findFirst();
	}

	/** Whose birthday a reminder is about. */
	public enum PersonType {

		VETERAN, FAMILY_MEMBER

	}

}
