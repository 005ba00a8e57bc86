package org.rongjun.grading;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 整改任务: a criterion the county found unmet, for the station to fix by {@code dueOn}. */
public record ImprovementTask(long id, long assessmentId, String stationName, int year, String criterion,
		String regionCode, LocalDate dueOn, boolean done, @Nullable String doneNote, @Nullable LocalDate doneOn) {
}
