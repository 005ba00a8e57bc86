package org.rongjun.messaging.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.rongjun.registry.Anniversary;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.rongjun.messaging.greeting.GreetingSetting;
import org.rongjun.messaging.greeting.GreetingSettingDraft;
import org.rongjun.messaging.greeting.Greetings;

/**
 * Daily automatic greetings: they make campaigns, so the campaign permissions cover them.
 */
@RestController
@RequestMapping("/api/messaging/greetings")
class GreetingController {

	private final Greetings greetings;

	GreetingController(Greetings greetings) {
		this.greetings = greetings;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('messaging:campaign:list')")
	List<GreetingSetting> list(RegionScope scope) {
		return this.greetings.list(scope);
	}

	@PutMapping("/{kind}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('messaging:campaign:create')")
	void save(@PathVariable Anniversary kind, @Valid @RequestBody GreetingSettingDraft draft, Principal user,
			RegionScope scope) {
		this.greetings.save(kind, draft, user.getName(), scope);
	}

}
