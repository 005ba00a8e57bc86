package org.rongjun.messaging.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message in a user's in-app inbox (站内信). */
public record InboxMessage(long id, String title, String body, Instant createdAt, @Nullable Instant readAt) {
}
