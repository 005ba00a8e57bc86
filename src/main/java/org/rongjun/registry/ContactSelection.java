package org.rongjun.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Who a mailing goes to: the people a {@link VeteranSearch} finds (region subtree,
 * category, status, age range…), narrowed, when {@code anniversary} is set, to those
 * whose birthday or enlistment anniversary falls on {@code on}. Only living people are
 * ever selected (not those whose roster remark said they died, until staff checked it),
 * and an enlistment known only to the month has no anniversary day.
 */
public record ContactSelection(VeteranSearch search, @Nullable Anniversary anniversary, @Nullable LocalDate on) {

	public ContactSelection {
		if ((anniversary == null) != (on == null)) {
			throw new IllegalArgumentException("anniversary and its day go together");
		}
	}

	public static ContactSelection of(VeteranSearch search) {
		return new ContactSelection(search, null, null);
	}

}
