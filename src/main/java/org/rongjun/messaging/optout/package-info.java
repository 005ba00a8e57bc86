/**
 * Opt-outs (退订) per person or address and channel, honoured at enqueue and again before
 * sending.
 */
@NullMarked
package org.rongjun.messaging.optout;

import org.jspecify.annotations.NullMarked;
