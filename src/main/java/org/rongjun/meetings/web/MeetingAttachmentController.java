package org.rongjun.meetings.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.meetings.ActionItems;
import org.rongjun.meetings.Meetings;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A meeting's files (minutes, sign-in sheet, photos), kept by its convener, and an action
 * item's closing evidence, kept by the responsible unit while the item is open and read
 * by both sides.
 */
@RestController
class MeetingAttachmentController {

	private final Meetings meetings;

	private final ActionItems items;

	private final Attachments attachments;

	MeetingAttachmentController(Meetings meetings, ActionItems items, Attachments attachments) {
		this.meetings = meetings;
		this.items = items;
		this.attachments = attachments;
	}

	@GetMapping("/api/meetings/{id}/attachments")
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	List<Attachment> list(@PathVariable long id, RegionScope scope) {
		return this.attachments.list(meeting(id, scope));
	}

	@PostMapping("/api/meetings/{id}/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('meetings:meeting:manage')")
	Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) {
		return this.attachments.store(meeting(id, scope), file, user.getName());
	}

	@GetMapping("/api/meetings/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.inline(this.attachments.get(attachmentId, meeting(id, scope)), this.attachments);
	}

	@DeleteMapping("/api/meetings/{id}/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('meetings:meeting:manage')")
	void delete(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.attachments.delete(this.attachments.get(attachmentId, meeting(id, scope)).id());
	}

	@GetMapping("/api/meetings/action-items/{id}/evidence")
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	List<Attachment> evidence(@PathVariable long id, RegionScope scope) {
		return this.attachments.list(this.items.evidenceToRead(id, scope));
	}

	@PostMapping("/api/meetings/action-items/{id}/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('meetings:action:report')")
	Attachment uploadEvidence(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) {
		return this.attachments.store(this.items.evidenceToChange(id, scope), file, user.getName());
	}

	@GetMapping("/api/meetings/action-items/{id}/evidence/{attachmentId}")
	@PreAuthorize("hasAuthority('meetings:meeting:list')")
	ResponseEntity<byte[]> downloadEvidence(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.inline(this.attachments.get(attachmentId, this.items.evidenceToRead(id, scope)),
				this.attachments);
	}

	@DeleteMapping("/api/meetings/action-items/{id}/evidence/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('meetings:action:report')")
	void deleteEvidence(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.attachments.delete(this.attachments.get(attachmentId, this.items.evidenceToChange(id, scope)).id());
	}

	private AttachmentOwner meeting(long id, RegionScope scope) {
		this.meetings.get(id, scope);
		return AttachmentOwner.of("meetings.meeting", id);
	}

}
