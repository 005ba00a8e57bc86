package org.rongjun.petitions;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the petition list; null means any. {@code due}: SOON (inside the warning
 * days), OVERDUE, PROVISIONAL (a deadline in a year without the official arrangement),
 * EXTENSION (an extension waiting for the leader).
 */
public record PetitionSearch(@Nullable PetitionStatus status, @Nullable PetitionClass petitionClass,
		@Nullable Channel channel, @Nullable String due, @Nullable String q, @Nullable Long veteranId, boolean mine) {
}
