package org.rongjun.messaging.greeting;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.rongjun.registry.Anniversary;
import org.rongjun.messaging.channel.Channel;

/**
 * A daily automatic greeting (自动问候) for one scope: on each day, the living people of the
 * scope whose birthday or enlistment anniversary it is get {@code templateId} on
 * {@code channels}, from {@code sendTime} (Asia/Shanghai) on.
 */
public record GreetingSetting(long id, Anniversary kind, String scopeCode, long templateId, List<Channel> channels,
		LocalTime sendTime, boolean enabled, String updatedBy, Instant updatedAt) {
}
