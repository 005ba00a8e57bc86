package org.rongjun.messaging.inbox;

import java.util.List;

import org.rongjun.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in user's own in-app messages. */
@Service
@Transactional
public class Inbox {

	private final InboxRepository inbox;

	Inbox(InboxRepository inbox) {
		this.inbox = inbox;
	}

	public record Listing(long unread, List<InboxMessage> items) {
	}

	@Transactional(readOnly = true)
	public Listing list(String username, boolean unreadOnly) {
		return new Listing(this.inbox.unread(username), this.inbox.list(username, unreadOnly, 100));
	}

	public void markRead(long id, String username) {
		if (!this.inbox.markRead(id, username)) {
			throw ProblemException.notFound("消息不存在");
		}
	}

}
