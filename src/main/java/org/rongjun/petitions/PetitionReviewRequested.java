package org.rongjun.petitions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The petitioner did not accept an answer and asked the level above to look again:
 * {@code stage} is {@link Stage#REVIEW} (复查, Art 35) or {@link Stage#RECHECK} (复核, Art
 * 36).
 */
public record PetitionReviewRequested(long petitionId, String registrationNo, @Nullable Long veteranId,
		String regionCode, Stage stage, LocalDate requestedOn) {
}
