package org.rongjun.registry.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.registry.lifeevents.Reminder;
import org.rongjun.registry.lifeevents.ReminderHandling;
import org.rongjun.registry.lifeevents.ReminderKind;
import org.rongjun.registry.lifeevents.ReminderService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/reminders")
class ReminderController {

	private final ReminderService reminders;

	ReminderController(ReminderService reminders) {
		this.reminders = reminders;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('registry:reminder:list')")
	PageResult<Reminder> due(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "60") int days, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		ReminderKind parsed = (kind != null && !kind.isBlank())
				? ReminderKind.parse(kind).orElseThrow(() -> ProblemException.invalidField("kind", "提醒类型不正确")) : null;
		return this.reminders.due(parsed, days, scope, PageQuery.of(page, size));
	}

	@PostMapping("/handled")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('registry:reminder:handle')")
	void markHandled(@Valid @RequestBody ReminderHandling handling, RegionScope scope, Principal user) {
		this.reminders.markHandled(handling, scope, user.getName());
	}

}
