package org.rongjun.registry.merge;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The audit record of one merge: who merged which file into which, the fields taken from
 * the retired file, and the ids of the rows moved to the survivor ({@code familyMembers},
 * {@code beneficiaries}, {@code statusChanges}, {@code transferRequests},
 * {@code confirmationItems}, {@code reminders}) and of those dropped as duplicates of the
 * survivor's own.
 */
public record VeteranMerge(long id, long survivorId, long mergedId, List<String> fieldsFromMerged,
		Map<String, List<Long>> moved, Map<String, List<Long>> dropped, String mergedBy, Instant mergedAt) {
}
