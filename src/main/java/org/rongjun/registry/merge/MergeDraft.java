package org.rongjun.registry.merge;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Which file survives, which one is retired into it, and the fields (by
 * {@link MergeField#field()}) whose value comes from the retired file; every other field
 * keeps the survivor's value.
 */
public record MergeDraft(@NotNull(message = "请选择保留的档案") Long survivorId, @NotNull(message = "请选择被合并的档案") Long mergedId,
		@Nullable List<String> fieldsFromMerged) {
}
