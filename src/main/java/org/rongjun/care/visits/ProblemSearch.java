package org.rongjun.care.visits;

import org.rongjun.care.ProblemStatus;
import org.rongjun.care.Problem;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Problem list filters, combined with "and": {@code overdue} true lists the unresolved
 * past their deadline as of {@code asOf} (default today).
 */
public record ProblemSearch(@Nullable ProblemStatus status, @Nullable Boolean overdue, @Nullable String assignee,
		@Nullable Long visitId, @Nullable String regionCode, @Nullable LocalDate asOf) {
}
