package org.rongjun.messaging.campaign;

import java.util.List;
import java.util.Map;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.outbox.MessageStatus;

/**
 * A campaign's delivery report: messages per channel and status, and why messages failed
 * (the ten commonest reasons).
 */
public record CampaignReport(Map<Channel, Map<MessageStatus, Long>> countsByChannel, List<FailureReason> failures) {

	public record FailureReason(Channel channel, String reason, long count) {
	}

}
