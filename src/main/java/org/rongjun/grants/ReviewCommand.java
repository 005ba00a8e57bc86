package org.rongjun.grants;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's decision as asked: the amount approved or recommended (in fen; defaults to
 * what the level below recommended, else to the amount requested) and a remark, which a
 * return or rejection must give.
 */
public record ReviewCommand(ReviewAction action, @Nullable Long amountFen, @Nullable String remark) {
}
