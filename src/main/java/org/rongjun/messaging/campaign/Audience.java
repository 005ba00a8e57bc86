package org.rongjun.messaging.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.rongjun.registry.Anniversary;
import org.rongjun.registry.ContactSelection;
import org.rongjun.registry.VeteranSearch;

/**
 * Who a campaign goes to, as a registry selection: the people living in
 * {@code regionCode} (a subtree; empty = the whole scope) holding {@code category} in
 * {@code status}, aged {@code ageFrom}–{@code ageTo}, and, for the daily greetings, only
 * those whose birthday or enlistment anniversary is {@code on}. Stored with the campaign
 * and resolved when it is sent, always inside the campaign's scope.
 */
public record Audience(@Nullable String regionCode, @Nullable String category, @Nullable String status,
		@Nullable @Min(value = 0, message = "年龄不能为负") @Max(value = 150, message = "年龄不能超过150") Integer ageFrom,
		@Nullable @Min(value = 0, message = "年龄不能为负") @Max(value = 150, message = "年龄不能超过150") Integer ageTo,
		@Nullable Anniversary anniversary, @Nullable LocalDate on) {

	public Audience {
		regionCode = blankToNull(regionCode);
		category = blankToNull(category);
		status = blankToNull(status);
		if (anniversary == null) {
			on = null;
		}
	}

	ContactSelection selection() {
		VeteranSearch search = new VeteranSearch(null, null, null, this.regionCode, this.category, this.status,
				this.ageFrom, this.ageTo, null);
		return new ContactSelection(search, this.anniversary, (this.anniversary != null) ? this.on : null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
