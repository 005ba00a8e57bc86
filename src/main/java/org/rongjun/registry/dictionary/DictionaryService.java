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

	/**
	 * Every list with its synonyms in memory, for an import reading thousands of values.
	 */
	@Transactional(readOnly = true)
	public DictionaryLookup lookup() {
		return new DictionaryLookup(this.items.all(), this.items.synonyms(null));
	}

	@Transactional(readOnly = true)
	public List<DictionarySynonym> synonyms(String kind) {
		return this.items.synonyms(kind(kind));
	}

	/**
	 * Adds a wording rosters use for an item. A synonym equal to another item's code or
	 * label, or already taken, would make a value mean two things: refused.
	 */
	public DictionarySynonym addSynonym(String kind, DictionarySynonymDraft draft, String username) {
		DictionaryKind dictionary = kind(kind);
		String synonym = draft.synonym().strip();
		DictionaryItem item = this.items.find(dictionary, draft.code().strip())
			.orElseThrow(() -> ProblemException.invalidField("code", dictionary.label() + "中没有这一项"));
		DictionaryLookup.Resolution existing = lookup().resolve(dictionary, synonym);
		if (existing.found() || existing.retiredLabel() != null || this.items.synonymExists(dictionary, synonym)) {
			throw ProblemException.invalidField("synonym", "“" + synonym + "”已是" + dictionary.label() + "中的一个值或同义词");
		}
		long id = this.items.insertSynonym(dictionary, synonym, item.code(), username);
		return this.items.synonyms(dictionary).stream().filter((s) -> s.id() == id).findFirst().orElseThrow();
	}

	public void removeSynonym(String kind, long id) {
		if (!this.items.deleteSynonym(kind(kind), id)) {
			throw ProblemException.notFound("同义词不存在，或为内置同义词（不能删除）");
		}
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
