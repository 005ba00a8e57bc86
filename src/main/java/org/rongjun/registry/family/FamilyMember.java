package org.rongjun.registry.family;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.Gender;

public record FamilyMember(long id, long veteranId, String relationship, String name, @Nullable Gender gender,
		@Nullable LocalDate birthDate, @Nullable String idNumberMasked, @Nullable String phoneMasked,
		@Nullable LocalDate deathDate, @Nullable String deathSource) {
}
