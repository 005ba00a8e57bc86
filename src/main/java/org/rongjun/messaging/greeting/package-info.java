/**
 * Daily automatic greetings (生日、入伍纪念日问候) and the scheduler tick that makes and sends
 * them.
 */
@NullMarked
package org.rongjun.messaging.greeting;

import org.jspecify.annotations.NullMarked;
