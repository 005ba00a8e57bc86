package org.rongjun.messaging.campaign;

import java.util.List;

import org.rongjun.messaging.channel.Channel;

/**
 * What sending to an audience would do, before it is sent: the living people it selects
 * ({@code withPhone} of them with a phone on file) and, per channel, how many it reaches
 * and who it leaves out and why: no address on the channel ({@code noAddressReason}: no
 * phone, no account…) or opted out.
 */
public record AudienceCount(long people, long withPhone, List<Reach> channels) {

	public record Reach(Channel channel, long reachable, long noAddress, String noAddressReason, long optedOut) {
	}

}
