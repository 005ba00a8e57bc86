/**
 * WeChat official-account template messages over HTTP.
 */
@NullMarked
package org.rongjun.messaging.channel.wechat;

import org.jspecify.annotations.NullMarked;
