package org.rongjun.messaging.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.outbox.MessageStatus;

/**
 * A campaign with its counts: {@code recipientCount} people offered, {@code messageCount}
 * outbox messages written, and the messages per status. {@code audience} is set when the
 * recipients come from the registry; {@code queuedAt} says when sending it began.
 */
public record MessageCampaign(long id, String name, long templateId, String title, List<Channel> channels,
		Map<String, String> variables, String createdBy, String scopeCode, CampaignStatus status, long recipientCount,
		long messageCount, Map<MessageStatus, Long> countsByStatus, Instant createdAt, @Nullable Instant finishedAt,
		@Nullable Audience audience, @Nullable Instant scheduledAt, @Nullable Instant queuedAt) {
}
