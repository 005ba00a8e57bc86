/**
 * PostgreSQL's binary COPY, the one way modules bulk-write rows: {@link BinaryCopyRows}
 * encodes typed fields, {@link BinaryCopyIn} streams them (or the rows of a binary COPY
 * out) into a table, {@link BinaryCopyReader} reads a binary COPY out. No beans.
 */
@NullMarked
package org.rongjun.shared.copy;

import org.jspecify.annotations.NullMarked;
