package org.rongjun.honors;

/**
 * Why a household may hang a glory plaque (国办发〔2018〕72号 Art 2): the three kinds of
 * survivors holding a certificate (烈士证明书, 军人因公牺牲证明书, 军人病故证明书), serving members' families,
 * veterans' families, and new conscripts' families (a serving member's family from the
 * day of the send-off).
 */
public enum PlaqueBasis {

	MARTYR_SURVIVOR("烈士遗属"), DUTY_DEATH_SURVIVOR("因公牺牲军人遗属"), ILLNESS_DEATH_SURVIVOR("病故军人遗属"),
	SERVING_MEMBER("现役军人家庭"), VETERAN("退役军人家庭"), CONSCRIPT_FAMILY("新兵家庭");

	private final String label;

	PlaqueBasis(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static PlaqueBasis ofSurvivorCategory(String category) {
		return switch (category) {
			case "21" -> MARTYR_SURVIVOR;
			case "22" -> DUTY_DEATH_SURVIVOR;
			case "23" -> ILLNESS_DEATH_SURVIVOR;
			default -> throw new IllegalArgumentException("not a survivor category: " + category);
		};
	}

}
