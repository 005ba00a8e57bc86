package org.rongjun.grading;

import org.jspecify.annotations.Nullable;

/**
 * A criterion of an assessment with the station's claim and the township's and county's
 * findings.
 */
public record AssessmentItem(Criterion criterion, boolean selfMet, @Nullable String selfNote,
		@Nullable Boolean reviewMet, @Nullable Boolean ratingMet) {
}
