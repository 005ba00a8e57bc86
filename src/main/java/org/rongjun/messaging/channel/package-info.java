/**
 * The ways out to people, as one interface
 * ({@link org.rongjun.messaging.channel.MessageChannel}), and SMS text splitting.
 */
@NullMarked
package org.rongjun.messaging.channel;

import org.jspecify.annotations.NullMarked;
