package org.rongjun.messaging.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.rongjun.messaging.inbox.Inbox;

/**
 * The caller's own inbox: any logged-in user, only their own messages (like their jobs),
 * so no permission code.
 */
@RestController
@RequestMapping("/api/messaging/inbox")
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	Inbox.Listing list(@RequestParam(defaultValue = "false") boolean unread, Principal user) {
		return this.inbox.list(user.getName(), unread);
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	void markRead(@PathVariable long id, Principal user) {
		this.inbox.markRead(id, user.getName());
	}

}
