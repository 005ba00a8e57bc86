package org.rongjun.honors;

/**
 * Who carries a merit notice to the family (送喜报工作办法 2020): officials of the veterans
 * affairs department and of the military at the level the award calls for.
 */
public enum DeliveringLevel {

	PROVINCE("省级", "省级退役军人事务部门负责同志和省军区（卫戍区、警备区）负责同志"), CITY("地（市）级", "地（市）级退役军人事务部门负责同志和军分区（警备区）负责同志"),
	COUNTY("县级", "县级退役军人事务部门负责同志和县（市、区）人民武装部负责同志");

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

}
