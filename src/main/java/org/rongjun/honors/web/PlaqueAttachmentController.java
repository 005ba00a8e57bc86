package org.rongjun.honors.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.honors.GloryPlaques;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The family's signed confirmation and photos of a hung plaque (逐一登记造册, 由悬挂家庭签字确认); every
 * call first finds the plaque in the caller's scope.
 */
@RestController
@RequestMapping("/api/honors/plaques/{id}/attachments")
class PlaqueAttachmentController {

	private final GloryPlaques plaques;

	private final Attachments attachments;

	PlaqueAttachmentController(GloryPlaques plaques, Attachments attachments) {
		this.plaques = plaques;
		this.attachments = attachments;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('honors:plaque:list')")
	List<Attachment> list(@PathVariable long id, RegionScope scope) {
		return this.attachments.list(owner(id, scope));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('honors:plaque:manage')")
	Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) {
		return this.attachments.store(owner(id, scope), file, user.getName());
	}

	@GetMapping("/{attachmentId}")
	@PreAuthorize("hasAuthority('honors:plaque:list')")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.inline(this.attachments.get(attachmentId, owner(id, scope)), this.attachments);
	}

	@DeleteMapping("/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('honors:plaque:manage')")
	void delete(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.attachments.delete(this.attachments.get(attachmentId, owner(id, scope)).id());
	}

	private AttachmentOwner owner(long id, RegionScope scope) {
		this.plaques.get(id, scope);
		return new AttachmentOwner("honors.plaque", Long.toString(id));
	}

}
