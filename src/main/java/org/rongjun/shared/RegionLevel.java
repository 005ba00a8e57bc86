package org.rongjun.shared;

/**
 * The five levels of the statistical region code (统计用区划代码): 2 digits province, 2 city, 2
 * county, 3 township, 3 village. {@link #prefixLength()} is how many leading digits
 * identify a region of that level, and so its whole subtree.
 */
public enum RegionLevel {

	PROVINCE(2, "省"), CITY(4, "市"), COUNTY(6, "县"), TOWNSHIP(9, "乡镇"), VILLAGE(12, "村");

	private final int prefixLength;

	private final String label;

	RegionLevel(int prefixLength, String label) {
		this.prefixLength = prefixLength;
		this.label = label;
	}

	public int prefixLength() {
		return this.prefixLength;
	}

	public String label() {
		return this.label;
	}

	/**
	 * County and above host a service center (中心); township and village a station (站).
	 */
	public boolean isCountyOrAbove() {
		return ordinal() <= COUNTY.ordinal();
	}

}
