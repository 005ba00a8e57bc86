package org.rongjun.registry;

import org.jspecify.annotations.Nullable;

/**
 * Search criteria; all optional and combined with "and". {@code q} matches the exact
 * name, a name prefix, a full-pinyin prefix or an initials prefix; {@code idNumber} and
 * {@code phone} match exactly through their blind index. {@code sort} is
 * {@code name|birthDate|createdAt|regionCode} with an optional {@code ,desc}.
 */
public record VeteranSearch(@Nullable String q, @Nullable String idNumber, @Nullable String phone,
		@Nullable String regionCode, @Nullable String category, @Nullable String status, @Nullable Integer ageFrom,
		@Nullable Integer ageTo, @Nullable String sort) {
}
