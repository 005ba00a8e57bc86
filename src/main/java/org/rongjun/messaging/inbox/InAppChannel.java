package org.rongjun.messaging.inbox;

import org.springframework.stereotype.Component;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.channel.MessageChannel;
import org.rongjun.messaging.channel.OutboxMessage;

/** The in-app inbox: writing the row is delivering it. */
@Component
class InAppChannel implements MessageChannel {

	private final InboxRepository inbox;

	InAppChannel(InboxRepository inbox) {
		this.inbox = inbox;
	}

	@Override
	public Channel channel() {
		return Channel.IN_APP;
	}

	@Override
	public String send(OutboxMessage message) {
		return "inbox-" + this.inbox.deliver(message);
	}

	@Override
	public boolean acceptanceIsDelivery() {
		return true;
	}

	@Override
	public boolean idempotent() {
		return true;
	}

}
