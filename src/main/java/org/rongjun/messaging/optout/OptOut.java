package org.rongjun.messaging.optout;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.rongjun.messaging.channel.Channel;

/**
 * 退订: a person asked not to be contacted on a channel, by person key or by address;
 * {@code address} is the address masked ({@code 138****5678}): it is stored sealed.
 */
public record OptOut(long id, Channel channel, @Nullable String address, @Nullable String recipientKey,
		OptOutSource source, @Nullable String scopeCode, @Nullable String createdBy, Instant createdAt) {
}
