package org.rongjun.messaging.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.outbox.MessageStatus;

/**
 * A campaign with its counts: {@code recipientCount} people queued (each once, whatever
 * was retried), {@code messageCount} outbox messages to send or skipped as opted out, and
 * the messages per status. {@code body} is the template text as it was when the campaign
 * was made. {@code audience} is set when the recipients come from the registry;
 * {@code queuedAt} says when sending it began and {@code audienceQueuedAt} when the whole
 * audience was in the outbox.
 */
public record MessageCampaign(long id, String name, long templateId, String title, String body, List<Channel> channels,
		Map<String, String> variables, String createdBy, String scopeCode, CampaignStatus status, long recipientCount,
		long messageCount, Map<MessageStatus, Long> countsByStatus, Instant createdAt, @Nullable Instant finishedAt,
		@Nullable Audience audience, @Nullable Instant scheduledAt, @Nullable Instant queuedAt,
		@Nullable Instant audienceQueuedAt) {
}
