package org.rongjun.care;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A visit was recorded; {@code problems} is how many problems it raised. */
public record VisitRecorded(long visitId, @Nullable Long veteranId, @Nullable Long garrisonUnitId, VisitKind kind,
		LocalDate visitedOn, String regionCode, int problems) {
}
