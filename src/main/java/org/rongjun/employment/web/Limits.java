package org.rongjun.employment.web;

import org.rongjun.shared.ProblemException;

/** The length of a ranked list a caller may ask for. */
final class Limits {

	static final int MAX = 200;

	private Limits() {
	}

	static int check(int limit) {
		if (limit < 1 || limit > MAX) {
			throw ProblemException.invalidField("limit", "条数须在1到" + MAX + "之间");
		}
		return limit;
	}

}
