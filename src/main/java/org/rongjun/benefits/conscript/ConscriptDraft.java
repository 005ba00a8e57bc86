package org.rongjun.benefits.conscript;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.MeritAward;

import org.rongjun.shared.PlausibleDate;

public record ConscriptDraft(@NotBlank @Size(max = 50) String name, @NotBlank String regionCode,
		@NotNull @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 1) LocalDate enlistedOn,
		@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 5) LocalDate dischargedOn,
		@NotNull ServiceArea serviceArea, @NotNull EducationLevel education, @Nullable MeritAward merit,
		@Nullable @Size(max = 100) String familyContact) {
}
