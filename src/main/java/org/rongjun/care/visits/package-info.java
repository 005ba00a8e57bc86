/**
 * Visits (走访) and the problems raised on them: who went, when, where, what was given (in
 * fen) and what was heard; each problem is tracked to resolution with an assignee and a
 * deadline. Problems are stored with their visit, by the same repository.
 */
@NullMarked
package org.rongjun.care.visits;

import org.jspecify.annotations.NullMarked;
