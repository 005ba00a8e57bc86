package org.rongjun.care.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.care.campaigns.ConsolationCampaignService;
import org.rongjun.care.visits.VisitService;
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
 * Photos of a visit and the evidence of a campaign completion (签收单, photos). Each call
 * first loads the owning record in the caller's scope, so a file is reachable exactly
 * when its record is.
 */
@RestController
@RequestMapping("/api/care")
class CareAttachmentController {

	static final String VISIT = "care.visit";

	static final String CAMPAIGN_TARGET = "care.campaign-target";

	private final Attachments attachments;

	private final VisitService visits;

	private final ConsolationCampaignService campaigns;

	CareAttachmentController(Attachments attachments, VisitService visits, ConsolationCampaignService campaigns) {
		this.attachments = attachments;
		this.visits = visits;
		this.campaigns = campaigns;
	}

	@GetMapping("/visits/{id}/attachments")
	@PreAuthorize("hasAuthority('care:visit:list')")
	List<Attachment> visitFiles(@PathVariable long id, RegionScope scope) {
		return this.attachments.list(visit(id, scope));
	}

	@PostMapping("/visits/{id}/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('care:visit:record')")
	Attachment addVisitFile(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) {
		return this.attachments.store(visit(id, scope), file, user.getName());
	}

	@GetMapping("/visits/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAuthority('care:visit:list')")
	ResponseEntity<byte[]> visitFile(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.inline(this.attachments.get(attachmentId, visit(id, scope)), this.attachments);
	}

	@DeleteMapping("/visits/{id}/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('care:visit:record')")
	void deleteVisitFile(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.attachments.delete(this.attachments.get(attachmentId, visit(id, scope)).id());
	}

	@GetMapping("/campaigns/{id}/targets/{targetId}/evidence")
	@PreAuthorize("hasAuthority('care:campaign:list')")
	List<Attachment> evidence(@PathVariable long id, @PathVariable long targetId, RegionScope scope) {
		return this.attachments.list(target(id, targetId, scope));
	}

	@PostMapping("/campaigns/{id}/targets/{targetId}/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('care:campaign:record')")
	Attachment addEvidence(@PathVariable long id, @PathVariable long targetId, @RequestPart("file") MultipartFile file,
			RegionScope scope, Principal user) {
		return this.attachments.store(target(id, targetId, scope), file, user.getName());
	}

	@GetMapping("/campaigns/{id}/targets/{targetId}/evidence/{attachmentId}")
	@PreAuthorize("hasAuthority('care:campaign:list')")
	ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long targetId,
			@PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.inline(this.attachments.get(attachmentId, target(id, targetId, scope)),
				this.attachments);
	}

	@DeleteMapping("/campaigns/{id}/targets/{targetId}/evidence/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('care:campaign:record')")
	void deleteEvidence(@PathVariable long id, @PathVariable long targetId, @PathVariable UUID attachmentId,
			RegionScope scope) {
		this.attachments.delete(this.attachments.get(attachmentId, target(id, targetId, scope)).id());
	}

	private AttachmentOwner visit(long id, RegionScope scope) {
		this.visits.get(id, scope);
		return new AttachmentOwner(VISIT, Long.toString(id));
	}

	private AttachmentOwner target(long campaignId, long targetId, RegionScope scope) {
		this.campaigns.target(campaignId, targetId, scope);
		return new AttachmentOwner(CAMPAIGN_TARGET, Long.toString(targetId));
	}

}
