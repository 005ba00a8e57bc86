package org.rongjun.grading;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.StationGrade;

/**
 * A station's assessment of one year for {@code targetGrade}; {@code score} and
 * {@code achieved} once rated. {@code items} and {@code tasks} are filled on the detail
 * only; {@code needsTownshipReview} for village stations.
 */
public record Assessment(long id, long stationId, String stationName, String regionCode, String regionName, int year,
		StationGrade targetGrade, long setId, String setName, String setSource, int passScore, AssessmentStatus status,
		int areaSqm, int rooms, String openingHours, @Nullable String selfNote, String createdBy,
		@Nullable String submittedBy, @Nullable OffsetDateTime submittedAt, @Nullable String reviewedBy,
		@Nullable String reviewNote, @Nullable OffsetDateTime reviewedAt, @Nullable String ratedBy,
		@Nullable String ratingNote, @Nullable OffsetDateTime ratedAt, @Nullable Integer score,
		@Nullable Boolean achieved, boolean needsTownshipReview, List<AssessmentItem> items,
		List<ImprovementTask> tasks) {

	Assessment with(String regionName, List<AssessmentItem> items, List<ImprovementTask> tasks) {
		return new Assessment(this.id, this.stationId, this.stationName, this.regionCode, regionName, this.year,
				this.targetGrade, this.setId, this.setName, this.setSource, this.passScore, this.status, this.areaSqm,
				this.rooms, this.openingHours, this.selfNote, this.createdBy, this.submittedBy, this.submittedAt,
				this.reviewedBy, this.reviewNote, this.reviewedAt, this.ratedBy, this.ratingNote, this.ratedAt,
				this.score, this.achieved, this.needsTownshipReview, List.copyOf(items), List.copyOf(tasks));
	}

}
