package org.rongjun.employment.matching;

/**
 * One line of a match's explanation. A {@code hard} criterion not {@code met} rules the
 * pair out; a soft one earns {@code points} of {@code maxPoints}.
 */
public record Criterion(String name, boolean hard, boolean met, int points, int maxPoints, String detail) {

	static Criterion hard(String name, boolean met, String detail) {
		return new Criterion(name, true, met, 0, 0, detail);
	}

	static Criterion soft(String name, int points, int maxPoints, String detail) {
		return new Criterion(name, false, points == maxPoints, points, maxPoints, detail);
	}

}
