package org.rongjun.petitions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A statutory deadline of a petition passed unmet and was escalated to the leader (Art
 * 44(三), 45(一): 未在规定期限内书面告知/办结).
 */
public record PetitionDeadlineMissed(long petitionId, String registrationNo, @Nullable Long veteranId,
		String regionCode, ClockKind clock, LocalDate dueOn) {
}
