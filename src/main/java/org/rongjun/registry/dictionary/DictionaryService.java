package org.rongjun.registry.dictionary;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's code lists. Built-in items come from the migrations and keep their label
 * (other systems exchange these codes); an administrator adds local items and may retire
 * any item, which then is refused on new records but still labels old ones.
 */
@Service
@Transactional
public class DictionaryService {

	private final DictionaryRepository items;

	DictionaryService(DictionaryRepository items) {
		this.items = items;
	}

	@Transactional(readOnly = true)
	public List<DictionaryItem> list(String kind, boolean includeInactive) {
		return this.items.list(kind(kind), includeInactive);
	}

	public DictionaryItem add(String kind, DictionaryItemDraft draft) {
		DictionaryKind dictionary = kind(kind);
		String code = draft.code();
		if (code == null || code.isBlank()) {
			throw ProblemException.invalidField("code", "请填写编码");
		}
		if (this.items.find(dictionary, code).isPresent()) {
			throw ProblemException.invalidField("code", "该编码已存在");
		}
		this.items.insert(dictionary, code, draft.label().strip(), (draft.sortOrder() != null) ? draft.sortOrder() : 0);
		return this.items.find(dictionary, code).orElseThrow();
	}

	public DictionaryItem change(String kind, String code, DictionaryItemDraft draft) {
		DictionaryKind dictionary = kind(kind);
		DictionaryItem item = this.items.find(dictionary, code).orElseThrow(() -> ProblemException.notFound("字典项不存在"));
		if (item.builtin() && !item.label().equals(draft.label().strip())) {
			throw ProblemException.invalidField("label", "内置字典项的名称不能修改");
		}
		this.items.update(dictionary, code, draft.label().strip(),
				(draft.sortOrder() != null) ? draft.sortOrder() : item.sortOrder(),
				(draft.active() != null) ? draft.active() : item.active());
		return this.items.find(dictionary, code).orElseThrow();
	}

	/**
	 * Checks a code a user chose for a record: it must be an active item of the list.
	 * Blank means not given.
	 */
	@Transactional(readOnly = true)
	public @Nullable String requireActive(DictionaryKind kind, @Nullable String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		DictionaryItem item = this.items.find(kind, code.strip())
			.orElseThrow(() -> ProblemException.invalidField(field, kind.label() + "不在字典中"));
		if (!item.active()) {
			throw ProblemException.invalidField(field, kind.label() + "“" + item.label() + "”已停用");
		}
		return item.code();
	}

	private static DictionaryKind kind(String kind) {
		try {
			return DictionaryKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.notFound("没有这个字典：" + kind);
		}
	}

}
