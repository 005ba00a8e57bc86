package org.rongjun.registry;

public record DictionaryItem(DictionaryKind kind, String code, String label, int sortOrder, boolean builtin,
		boolean active) {
}
