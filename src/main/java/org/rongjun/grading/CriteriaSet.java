package org.rongjun.grading;

import java.util.List;

import org.rongjun.organization.StationGrade;

/**
 * The criteria of a grade from {@code firstYear} on, where they come from, and the score
 * (sum of the weights of the criteria met) a station needs to reach the grade.
 */
public record CriteriaSet(long id, StationGrade grade, int firstYear, String name, String source, int passScore,
		List<Criterion> criteria) {
}
