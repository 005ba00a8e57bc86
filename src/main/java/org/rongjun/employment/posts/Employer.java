package org.rongjun.employment.posts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An employer the bureau works with; {@code regionCode} is the office keeping the record.
 * {@code openPosts} counts its posts still taking people.
 */
public record Employer(long id, String regionCode, String name, EmployerKind kind, @Nullable String creditCode,
		@Nullable String industry, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String address, @Nullable String agreementNo, @Nullable LocalDate agreementUntil, boolean active,
		long openPosts, String createdBy, OffsetDateTime createdAt) {
}
