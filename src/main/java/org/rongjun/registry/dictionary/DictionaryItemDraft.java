package org.rongjun.registry.dictionary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new or changed code-list item. The code is fixed once created (records store it), so
 * a change only reads the label, order and active flag.
 */
public record DictionaryItemDraft(
		@Nullable @Pattern(regexp = "[A-Za-z0-9_]{1,30}", message = "编码只能包含字母、数字和下划线，最多30位") String code,
		@NotBlank(message = "请填写名称") @Size(max = 50, message = "名称不能超过50个字") String label, @Nullable Integer sortOrder,
		@Nullable Boolean active) {
}
