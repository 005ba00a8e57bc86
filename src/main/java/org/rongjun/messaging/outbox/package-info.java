/**
 * The outbox: rows written by COPY, claimed by the dispatcher with a node and a lease,
 * each send's outcome recorded before the next.
 */
@NullMarked
package org.rongjun.messaging.outbox;

import org.jspecify.annotations.NullMarked;
