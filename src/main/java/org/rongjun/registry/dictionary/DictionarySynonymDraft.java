package org.rongjun.registry.dictionary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A wording an administrator adds: the text as rosters write it and the item it means.
 */
public record DictionarySynonymDraft(
		@NotBlank(message = "请填写同义词") @Size(max = 50, message = "同义词不能超过50个字") String synonym,
		@NotBlank(message = "请选择对应的字典项") String code) {
}
