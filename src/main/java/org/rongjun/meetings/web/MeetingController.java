package org.rongjun.meetings.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.meetings.ActionItem;
import org.rongjun.meetings.ActionItemDraft;
import org.rongjun.meetings.Meeting;
import org.rongjun.meetings.MeetingDraft;
import org.rongjun.meetings.MeetingKind;
import org.rongjun.meetings.Meetings;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings")
class MeetingController {

	private final Meetings meetings;

	MeetingController(Meetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	PageResult<Meeting> list(@RequestParam(required = false) @Nullable MeetingKind kind,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.meetings.list(scope, kind, text, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('meetings:meeting:manage')")
	Meeting create(@Valid @RequestBody MeetingDraft draft, RegionScope scope, Principal user) {
		return this.meetings.create(draft, scope, user.getName());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	Meeting get(@PathVariable long id, RegionScope scope) {
		return this.meetings.get(id, scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('meetings:meeting:manage')")
	Meeting update(@PathVariable long id, @Valid @RequestBody MeetingDraft draft, RegionScope scope) {
		return this.meetings.update(id, draft, scope);
	}

	@PostMapping("/{id}/action-items")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('meetings:meeting:manage')")
	ActionItem addDecision(@PathVariable long id, @Valid @RequestBody ActionItemDraft draft, RegionScope scope,
			Principal user) {
		return this.meetings.addDecision(id, draft, scope, user.getName());
	}

}
