package org.rongjun.shared;

import java.util.regex.Pattern;

/**
 * A 12-digit statistical region code (GB/T 2260 six-digit county prefix, then three
 * digits for the township and three for the village). Shorter forms used by public data
 * sets ("33", "3304", "330421", "330421103") are padded with zeros.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

	private static final Pattern SHORT_FORM = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

	public RegionCode {
		if (value == null || !value.matches("\\d{12}")) {
			throw new IllegalArgumentException("region code must be 12 digits: " + value);
		}
		if (value.startsWith("00")) {
			throw new IllegalArgumentException("region code has no province: " + value);
		}
	}

	public static RegionCode of(String code) {
		if (code == null || !SHORT_FORM.matcher(code).matches()) {
			throw new IllegalArgumentException("region code must have 2, 4, 6, 9 or 12 digits: " + code);
		}
		return new RegionCode((code + "000000000000").substring(0, 12));
	}

	public static boolean isValid(String code) {
		try {
			of(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The level follows from which trailing digit groups are zero. */
	public RegionLevel level() {
		if (this.value.substring(2).chars().allMatch((c) -> c == '0')) {
			return RegionLevel.PROVINCE;
		}
		if (this.value.substring(4).chars().allMatch((c) -> c == '0')) {
			return RegionLevel.CITY;
		}
		if (this.value.substring(6).chars().allMatch((c) -> c == '0')) {
			return RegionLevel.COUNTY;
		}
		if (this.value.substring(9).chars().allMatch((c) -> c == '0')) {
			return RegionLevel.TOWNSHIP;
		}
		return RegionLevel.VILLAGE;
	}

	/** The leading digits shared by this region and everything below it. */
	public String prefix() {
		return this.value.substring(0, level().prefixLength());
	}

	/** The regions above this one, from the province down to the parent. */
	public java.util.List<RegionCode> ancestors() {
		java.util.List<RegionCode> ancestors = new java.util.ArrayList<>();
		for (RegionLevel level : RegionLevel.values()) {
			if (level.ordinal() >= level().ordinal()) {
				break;
			}
			ancestors.add(RegionCode.of(this.value.substring(0, level.prefixLength())));
		}
		return ancestors;
	}

	public boolean isWithin(RegionCode ancestor) {
		return this.value.startsWith(ancestor.prefix());
	}

	@Override
	public int compareTo(RegionCode other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
