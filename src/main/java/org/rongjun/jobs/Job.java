package org.rongjun.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record Job(long id, String kind, String title, JobStatus status, @Nullable Long total, long processed,
		int percent, @Nullable String summary, @Nullable String fileName, Instant createdAt,
		@Nullable Instant finishedAt) {
}
