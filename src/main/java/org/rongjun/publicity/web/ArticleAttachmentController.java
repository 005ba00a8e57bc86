package org.rongjun.publicity.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.publicity.PolicyArticles;
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
 * An article's documents (the policy text as PDF, a leaflet): managed by its writers,
 * read through the feed by everyone the article reaches.
 */
@RestController
class ArticleAttachmentController {

	private final PolicyArticles articles;

	private final Attachments attachments;

	ArticleAttachmentController(PolicyArticles articles, Attachments attachments) {
		this.articles = articles;
		this.attachments = attachments;
	}

	@GetMapping("/api/publicity/articles/{id}/attachments")
	@PreAuthorize("hasAuthority('publicity:article:list')")
	List<Attachment> list(@PathVariable long id, RegionScope scope) {
		return this.attachments.list(managed(id, scope));
	}

	@PostMapping("/api/publicity/articles/{id}/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('publicity:article:edit')")
	Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) {
		return this.attachments.store(managed(id, scope), file, user.getName());
	}

	@GetMapping("/api/publicity/articles/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAuthority('publicity:article:list')")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.inline(this.attachments.get(attachmentId, managed(id, scope)), this.attachments);
	}

	@DeleteMapping("/api/publicity/articles/{id}/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('publicity:article:edit')")
	void delete(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.attachments.delete(this.attachments.get(attachmentId, managed(id, scope)).id());
	}

	@GetMapping("/api/publicity/feed/{id}/attachments")
	@PreAuthorize("hasAuthority('publicity:article:read')")
	List<Attachment> readableList(@PathVariable long id, RegionScope scope) {
		return this.attachments.list(readable(id, scope));
	}

	@GetMapping("/api/publicity/feed/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAuthority('publicity:article:read')")
	ResponseEntity<byte[]> readableDownload(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses.inline(this.attachments.get(attachmentId, readable(id, scope)), this.attachments);
	}

	private AttachmentOwner managed(long id, RegionScope scope) {
		this.articles.get(id, scope);
		return owner(id);
	}

	private AttachmentOwner readable(long id, RegionScope scope) {
		this.articles.read(id, scope);
		return owner(id);
	}

	private static AttachmentOwner owner(long id) {
		return new AttachmentOwner("publicity.article", Long.toString(id));
	}

}
