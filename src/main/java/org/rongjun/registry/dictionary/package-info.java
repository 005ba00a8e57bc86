/**
 * Code dictionaries (数据字典): beneficiary categories, military branches, discharge types,
 * education, political status and family relationships. Built-in codes come from the
 * migrations; a retired code is refused on new records but still labels old ones.
 */
@NullMarked
package org.rongjun.registry.dictionary;

import org.jspecify.annotations.NullMarked;
