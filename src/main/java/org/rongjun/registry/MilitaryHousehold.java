package org.rongjun.registry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person's file read as a household of the military community: the veteran or serving
 * member with their address, and the survivor categories (烈士遗属 21, 因公牺牲军人遗属 22, 病故军人遗属
 * 23) their family members hold, each with the family member's death date if they died.
 * Serving members are files with an enlistment date and no discharge date.
 */
public record MilitaryHousehold(long veteranId, String name, String householdRegionCode, @Nullable String address,
		@Nullable LocalDate enlistmentDate, @Nullable LocalDate dischargeDate, @Nullable LocalDate deathDate,
		List<Survivor> survivors) {

	/** A family member holding a survivor category that was not cancelled. */
	public record Survivor(String category, @Nullable LocalDate deathDate) {
	}

	public boolean serving() {
		return this.enlistmentDate != null && this.dischargeDate == null && this.deathDate == null;
	}

}
