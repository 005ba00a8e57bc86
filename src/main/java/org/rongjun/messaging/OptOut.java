package org.rongjun.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 退订: a person asked not to be contacted on a channel. */
public record OptOut(long id, Channel channel, @Nullable String address, @Nullable String recipientKey,
		OptOutSource source, @Nullable String scopeCode, @Nullable String createdBy, Instant createdAt) {
}
