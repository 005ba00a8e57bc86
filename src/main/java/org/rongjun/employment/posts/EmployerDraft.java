package org.rongjun.employment.posts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff enter for an employer; {@code regionCode} null means the caller's own
 * office.
 */
public record EmployerDraft(@Nullable String regionCode, String name, EmployerKind kind, @Nullable String creditCode,
		@Nullable String industry, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String address, @Nullable String agreementNo, @Nullable LocalDate agreementUntil, boolean active) {
}
