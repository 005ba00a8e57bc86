package org.rongjun.registry.dictionary;

/**
 * Another wording of a dictionary value, as rosters write it (党员 for 中共党员): an import
 * reads the value as the item {@code code}.
 */
public record DictionarySynonym(long id, DictionaryKind kind, String synonym, String code, String label,
		boolean builtin) {
}
