package org.rongjun.grants.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.grants.GrantEvidence;
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

@RestController
@RequestMapping("/api/grants/{id}/attachments")
class GrantEvidenceController {

	private final GrantEvidence evidence;

	private final Attachments attachments;

	GrantEvidenceController(GrantEvidence evidence, Attachments attachments) {
		this.evidence = evidence;
		this.attachments = attachments;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('grants:grant:list')")
	List<Attachment> list(@PathVariable long id, RegionScope scope) {
		return this.evidence.list(id, scope);
	}

	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('grants:grant:apply', 'grants:grant:review')")
	Attachment add(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope, Principal user) {
		try (InputStream content = file.getInputStream()) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "file";
			return this.evidence.add(id, name, file.getContentType(), content, scope, user.getName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/{attachmentId}")
	@PreAuthorize("hasAuthority('grants:grant:list')")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.download(this.evidence.get(id, attachmentId, scope), this.attachments);
	}

	@DeleteMapping("/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyAuthority('grants:grant:apply', 'grants:grant:review')")
	void remove(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope, Principal user) {
		this.evidence.remove(id, attachmentId, scope, user.getName());
	}

}
