package org.rongjun.care.visits;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.Problem;
import org.rongjun.care.VisitKind;

/** A recorded visit (走访慰问) with the problems raised on it. */
public record Visit(long id, @Nullable Long veteranId, @Nullable Long garrisonUnitId, String subjectName,
		String regionCode, String regionName, VisitKind kind, LocalDate visitedOn, String visitors,
		@Nullable String location, @Nullable String gifts, long giftValueFen, long fundsFen, @Nullable String opinions,
		String createdBy, List<Problem> problems) {

	Visit with(String regionName, List<Problem> problems) {
		return new Visit(this.id, this.veteranId, this.garrisonUnitId, this.subjectName, this.regionCode, regionName,
				this.kind, this.visitedOn, this.visitors, this.location, this.gifts, this.giftValueFen, this.fundsFen,
				this.opinions, this.createdBy, problems);
	}

}
