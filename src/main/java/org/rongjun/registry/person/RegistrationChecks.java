package org.rongjun.registry.person;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.shared.RegionScope;

/**
 * The lookups that validating a person file needs: whether a region is current, and which
 * active dictionary code a value stands for. Registration asks the database; an import
 * asks tables loaded once per file.
 */
public interface RegistrationChecks {

	boolean isCurrentRegion(String code);

	/** Whether the region lies in the caller's scope; an import answers from memory. */
	default boolean inScope(RegionScope scope, String code) {
		return scope.contains(code);
	}

	/**
	 * The active code for {@code value} (a code, or for imports also a label); blank →
	 * null.
	 */
	@Nullable String dictionaryCode(DictionaryKind kind, @Nullable String value, String field);

}
