package org.rongjun.care;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A visit was recorded: who went ({@code visitors}), what was heard ({@code opinions}),
 * and {@code problems}, how many problems it raised. The contact module keeps every visit
 * to a person in the person's contact history.
 */
public record VisitRecorded(long visitId, @Nullable Long veteranId, @Nullable Long garrisonUnitId, VisitKind kind,
		LocalDate visitedOn, String regionCode, int problems, String visitors, @Nullable String opinions) {
}
