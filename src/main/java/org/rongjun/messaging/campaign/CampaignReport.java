package org.rongjun.messaging.campaign;

import java.util.List;
import java.util.Map;

import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.outbox.MessageStatus;

/**
 * A campaign's delivery report: messages per channel and status (each person counted once
 * per channel), who was left out and why (no phone, no account…, opted out), and why
 * messages failed (the ten commonest reasons).
 */
public record CampaignReport(Map<Channel, Map<MessageStatus, Long>> countsByChannel, List<LeftOut> leftOut,
		List<FailureReason> failures) {

	public record FailureReason(Channel channel, String reason, long count) {
	}

	/**
	 * People a channel did not reach before anything was sent: {@code reason} in words.
	 */
	public record LeftOut(Channel channel, LeftOutReason code, String reason, long count) {
	}

	public enum LeftOutReason {

		NO_ADDRESS, OPTED_OUT

	}

	static List<LeftOut> leftOut(Map<Channel, Map<MessageStatus, Long>> counts) {
		List<LeftOut> leftOut = new java.util.ArrayList<>();
		counts.forEach((channel, byStatus) -> {
			long none = byStatus.getOrDefault(MessageStatus.SKIPPED_NO_ADDRESS, 0L);
			if (none > 0) {
				leftOut.add(new LeftOut(channel, LeftOutReason.NO_ADDRESS, channel.noAddress(), none));
			}
			long optedOut = byStatus.getOrDefault(MessageStatus.SKIPPED_OPTED_OUT, 0L);
			if (optedOut > 0) {
				leftOut.add(new LeftOut(channel, LeftOutReason.OPTED_OUT, "已退订", optedOut));
			}
		});
		return List.copyOf(leftOut);
	}

}
