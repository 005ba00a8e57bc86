/**
 * Rosters as bureaus keep them: the spreadsheet import (background job, binary COPY, an
 * error file of rejected rows) and the export of a search result.
 */
@NullMarked
package org.rongjun.registry.roster;

import org.jspecify.annotations.NullMarked;
