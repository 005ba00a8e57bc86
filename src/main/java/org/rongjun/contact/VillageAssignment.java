package org.rongjun.contact;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Hands the people of villages to one liaison in bulk, who also takes on anyone moving
 * into them: everyone, or ({@code onlyUnassigned}) those without a liaison.
 */
public record VillageAssignment(
		@NotEmpty(message = "请选择村（社区）") @Size(max = 500, message = "一次最多分配500个村（社区）") List<String> villageCodes,
		@NotNull(message = "请选择联络员") Long staffId, @Nullable Boolean onlyUnassigned) {
}
