package org.rongjun.honors;

import org.rongjun.shared.MeritAward;

/**
 * Who carries a merit notice to the family (送喜报工作办法 2020): officials of the veterans
 * affairs department and of the military at the level the award calls for; for an
 * outstanding soldier, the township or street office of the family's home (浙江省军人军属权益保障条例
 * Art 6: 被评为优秀士兵的军人，由乡镇人民政府、街道办事处组织祝贺慰问军属).
 */
public enum DeliveringLevel {

	PROVINCE("省级", "省级退役军人事务部门负责同志和省军区（卫戍区、警备区）负责同志"), CITY("地（市）级", "地（市）级退役军人事务部门负责同志和军分区（警备区）负责同志"),
	COUNTY("县级", "县级退役军人事务部门负责同志和县（市、区）人民武装部负责同志"), TOWNSHIP("乡镇（街道）级", "乡镇人民政府、街道办事处负责同志");

	private final String label;

	private final String deliverers;

	DeliveringLevel(String label, String deliverers) {
		this.label = label;
		this.deliverers = deliverers;
	}

	public String label() {
		return this.label;
	}

	public String deliverers() {
		return this.deliverers;
	}

	/** The level an award calls for. */
	static DeliveringLevel of(MeritAward award) {
		return switch (award) {
			case AUGUST_FIRST_MEDAL, HONORARY_TITLE -> PROVINCE;
			case FIRST_CLASS_MERIT -> CITY;
			case SECOND_CLASS_MERIT, THIRD_CLASS_MERIT -> COUNTY;
			case OUTSTANDING_SOLDIER -> TOWNSHIP;
		};
	}

}
