package org.rongjun.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contact (or a failed attempt, {@code reached} false) was recorded with a person; the
 * risk module turns {@link Mood#UNSTABLE} into an early warning.
 */
public record ContactRecorded(long recordId, long veteranId, String regionCode, @Nullable ContactChannel channel,
		LocalDate contactedOn, boolean reached, @Nullable Mood mood, @Nullable String summary) {
}
