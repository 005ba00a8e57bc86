/**
 * The in-app channel: a logged-in user's own inbox (站内信).
 */
@NullMarked
package org.rongjun.messaging.inbox;

import org.jspecify.annotations.NullMarked;
