package org.rongjun.registry.dictionary;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Every code list with its synonyms in memory, for reading a whole roster: a value is
 * found by its code, its label or a synonym, compared without white space and with
 * full-width letters and digits as ASCII.
 */
public final class DictionaryLookup {

	/** What a value stands for: an active item's code, a retired item, or nothing. */
	public record Resolution(@Nullable String code, @Nullable String retiredLabel) {

		public boolean found() {
			return this.code != null;
		}

	}

	private static final Resolution UNKNOWN = new Resolution(null, null);

	private final Map<DictionaryKind, Map<String, DictionaryItem>> byText = new EnumMap<>(DictionaryKind.class);

	DictionaryLookup(List<DictionaryItem> items, List<DictionarySynonym> synonyms) {
		Map<DictionaryKind, Map<String, DictionaryItem>> byCode = new EnumMap<>(DictionaryKind.class);
		for (DictionaryItem item : items) {
			byCode.computeIfAbsent(item.kind(), (kind) -> new HashMap<>()).put(item.code(), item);
			Map<String, DictionaryItem> texts = this.byText.computeIfAbsent(item.kind(), (kind) -> new HashMap<>());
			texts.put(normalise(item.code()), item);
			texts.putIfAbsent(normalise(item.label()), item);
		}
		for (DictionarySynonym synonym : synonyms) {
			DictionaryItem item = byCode.getOrDefault(synonym.kind(), Map.of()).get(synonym.code());
			if (item != null) {
				this.byText.computeIfAbsent(synonym.kind(), (kind) -> new HashMap<>())
					.putIfAbsent(normalise(synonym.synonym()), item);
			}
		}
	}

	public Resolution resolve(DictionaryKind kind, String value) {
		DictionaryItem item = this.byText.getOrDefault(kind, Map.of()).get(normalise(value));
		if (item == null) {
			return UNKNOWN;
		}
		return item.active() ? new Resolution(item.code(), null) : new Resolution(null, item.label());
	}

	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (!Character.isWhitespace(c) && c != '\u3000') {
				out.append(Character.toUpperCase(c));
			}
		}
		return out.toString();
	}

}
