package org.rongjun.registry.dictionary;

public record DictionaryItem(DictionaryKind kind, String code, String label, int sortOrder, boolean builtin,
		boolean active) {
}
