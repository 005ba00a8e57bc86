package org.rongjun.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person kept in touch with, as the lists show them: their liaison, cadence, last
 * contact and due day ({@code daysLeft} negative when overdue). {@code household} marks a
 * file whose veteran has died and whose survivors hold the entitlement (遗属户).
 */
public record FollowedPerson(long veteranId, String name, String regionCode, String regionName, boolean household,
		ContactGroup group, int intervalMonths, @Nullable Long liaisonId, @Nullable String liaisonName,
		LocalDate followedSince, @Nullable LocalDate lastContactOn, @Nullable ContactChannel lastChannel,
		@Nullable Mood lastMood, LocalDate dueOn, long daysLeft, boolean unreachable) {

	FollowedPerson withRegionName(String regionName) {
		return new FollowedPerson(this.veteranId, this.name, this.regionCode, regionName, this.household, this.group,
				this.intervalMonths, this.liaisonId, this.liaisonName, this.followedSince, this.lastContactOn,
				this.lastChannel, this.lastMood, this.dueOn, this.daysLeft, this.unreachable);
	}

}
