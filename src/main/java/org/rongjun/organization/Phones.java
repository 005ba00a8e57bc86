package org.rongjun.organization;

/**
 * Accepted phone numbers: an 11-digit mobile, or a fixed line with area code
 * (0573-84123456).
 */
final class Phones {

	static final String PATTERN = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$";

	private Phones() {
	}

}
