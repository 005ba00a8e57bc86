/**
 * SMS over SMPP 3.4 (jSMPP), bound as a transceiver: submits, delivery receipts and
 * replies.
 */
@NullMarked
package org.rongjun.messaging.channel.smpp;

import org.jspecify.annotations.NullMarked;
