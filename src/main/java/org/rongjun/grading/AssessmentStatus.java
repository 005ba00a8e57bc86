package org.rongjun.grading;

/**
 * DRAFT (the station fills it in) → SUBMITTED → REVIEWED (by the township, village
 * stations only) → RATED (by the county). A return sends it back to DRAFT.
 */
public enum AssessmentStatus {

	DRAFT, SUBMITTED, REVIEWED, RATED

}
