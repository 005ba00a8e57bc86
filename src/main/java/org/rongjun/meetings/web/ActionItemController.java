package org.rongjun.meetings.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.meetings.ActionItem;
import org.rongjun.meetings.ActionItems;
import org.rongjun.meetings.ActionNote;
import org.rongjun.meetings.ActionStatus;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meeting decisions as the responsible units and the conveners follow them up. */
@RestController
@RequestMapping("/api/meetings/action-items")
class ActionItemController {

	private final ActionItems items;

	ActionItemController(ActionItems items) {
		this.items = items;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	PageResult<ActionItem> list(@RequestParam(required = false) @Nullable ActionStatus status,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Integer dueWithinDays,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.items.list(scope, status, Boolean.TRUE.equals(overdue), dueWithinDays, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	ActionItem get(@PathVariable long id, RegionScope scope) {
		return this.items.get(id, scope);
	}

	@PostMapping("/{id}/progress")
	@PreAuthorize("hasAuthority('meetings:action:report')")
	ActionItem report(@PathVariable long id, @Valid @RequestBody ActionNote note, RegionScope scope, Principal user) {
		return this.items.report(id, note, scope, user.getName());
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize("hasAuthority('meetings:action:report')")
	ActionItem close(@PathVariable long id, @Valid @RequestBody ActionNote note, RegionScope scope, Principal user) {
		return this.items.close(id, note, scope, user.getName());
	}

	@PostMapping("/{id}/supervision")
	@PreAuthorize("hasAuthority('meetings:action:supervise')")
	ActionItem supervise(@PathVariable long id, @Valid @RequestBody ActionNote note, RegionScope scope,
			Principal user) {
		return this.items.supervise(id, note, scope, user.getName());
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAuthority('meetings:action:supervise')")
	ActionItem reopen(@PathVariable long id, @Valid @RequestBody ActionNote note, RegionScope scope, Principal user) {
		return this.items.reopen(id, note, scope, user.getName());
	}

}
