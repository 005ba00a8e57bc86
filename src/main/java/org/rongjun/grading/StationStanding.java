package org.rongjun.grading;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.StationGrade;

/**
 * A station with its grade and its latest assessment (year, status, score) and facility
 * data, for the grade list.
 */
public record StationStanding(long stationId, String stationName, String regionCode, String regionName,
		StationGrade grade, @Nullable Long assessmentId, @Nullable Integer year, @Nullable AssessmentStatus status,
		@Nullable Integer score, @Nullable Integer areaSqm, @Nullable Integer rooms, @Nullable String openingHours,
		long openTasks) {
}
