package org.rongjun.messaging;

import java.util.List;
import java.util.Map;

/**
 * A campaign's delivery report: messages per channel and status, and why messages failed
 * (the ten commonest reasons).
 */
public record CampaignReport(Map<Channel, Map<MessageStatus, Long>> countsByChannel, List<FailureReason> failures) {

	public record FailureReason(Channel channel, String reason, long count) {
	}

}
