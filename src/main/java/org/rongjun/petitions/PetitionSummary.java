package org.rongjun.petitions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of the petition list: the petition and its most pressing open obligation
 * ({@code nextClock}), coloured as on the detail page.
 */
public record PetitionSummary(long id, String registrationNo, Channel channel, LocalDate receivedOn, String regionCode,
		String regionName, PetitionClass petitionClass, MatterCategory category, String subject, String petitionerName,
		int headcount, PetitionStatus status, @Nullable String handler, boolean repeat,
		Petition.@Nullable Clock nextClock) {

	PetitionSummary withRegionName(String name) {
		return new PetitionSummary(this.id, this.registrationNo, this.channel, this.receivedOn, this.regionCode, name,
				this.petitionClass, this.category, this.subject, this.petitionerName, this.headcount, this.status,
				this.handler, this.repeat, this.nextClock);
	}

}
