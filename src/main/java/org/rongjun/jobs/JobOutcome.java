package org.rongjun.jobs;

import org.jspecify.annotations.Nullable;

/** How a job ended: a Chinese summary for the user and, optionally, a file. */
public record JobOutcome(String summary, @Nullable JobFile file) {
}
