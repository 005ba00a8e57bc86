package org.rongjun.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.Gender;

/**
 * A family member on a person's own file as the portal shows it: relationship in words,
 * numbers masked.
 */
public record HouseholdMember(long id, String relationship, String name, @Nullable Gender gender,
		@Nullable LocalDate birthDate, @Nullable String idNumberMasked, @Nullable String phoneMasked,
		@Nullable LocalDate deathDate) {
}
