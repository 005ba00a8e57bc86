/**
 * Email over SMTP (Spring Mail).
 */
@NullMarked
package org.rongjun.messaging.channel.smtp;

import org.jspecify.annotations.NullMarked;
