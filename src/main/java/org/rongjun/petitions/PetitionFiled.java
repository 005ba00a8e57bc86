package org.rongjun.petitions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A petition was registered. {@code veteranId} is set when the petitioner is a registered
 * person; {@code repeat} when the same person raised the same matter before.
 */
public record PetitionFiled(long petitionId, String registrationNo, @Nullable Long veteranId, String regionCode,
		PetitionClass petitionClass, Channel channel, int headcount, boolean repeat, LocalDate receivedOn) {
}
