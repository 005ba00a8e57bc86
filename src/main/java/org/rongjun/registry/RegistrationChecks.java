package org.rongjun.registry;

import org.jspecify.annotations.Nullable;

/**
 * The lookups that validating a person file needs: whether a region is current, and which
 * active dictionary code a value stands for. Registration asks the database; an import
 * asks tables loaded once per file.
 */
interface RegistrationChecks {

	boolean isCurrentRegion(String code);

	/**
	 * The active code for {@code value} (a code, or for imports also a label); blank →
	 * null.
	 */
	@Nullable String dictionaryCode(DictionaryKind kind, @Nullable String value, String field);

}
