package org.rongjun.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.registry.VeteranFiles;
import org.rongjun.shared.AuditNote;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photo and attachments of a person file, under the file's own permissions and the
 * caller's scope. Downloading an attachment is recorded in the audit log (a GET with an
 * audit note), since the files are personal data (个人信息保护法 Art 51, 55).
 */
@RestController
@RequestMapping("/api/registry/veterans/{id}")
class VeteranFileController {

	private final VeteranFiles files;

	private final Attachments attachments;

	VeteranFileController(VeteranFiles files, Attachments attachments) {
		this.files = files;
		this.attachments = attachments;
	}

	@GetMapping("/attachments")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	List<Attachment> list(@PathVariable long id, RegionScope scope) {
		return this.files.list(id, scope);
	}

	@PostMapping("/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope, Principal user)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return this.files.add(id, fileName(file), file.getContentType(), content, scope, user.getName());
		}
	}

	@GetMapping("/attachments/{attachmentId}")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope,
			HttpServletRequest http) {
		Attachment attachment = this.files.get(id, attachmentId, scope);
		http.setAttribute(AuditNote.ATTRIBUTE, "download attachment " + attachmentId);
		return AttachmentResponses.download(attachment, this.attachments);
	}

	@DeleteMapping("/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	void delete(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.files.delete(id, attachmentId, scope);
	}

	/**
	 * Shown inline in an img tag on the basic tab. A file with no photo yet answers 204:
	 * the request was right, there is nothing to show (a 404 would be logged by every
	 * browser as an error on every such file); a file outside the scope is still 404.
	 */
	@GetMapping("/photo")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	ResponseEntity<byte[]> photo(@PathVariable long id, RegionScope scope) {
		return this.files.photo(id, scope)
			.map((photo) -> AttachmentResponses.inline(photo, this.attachments))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping("/photo")
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	Attachment replacePhoto(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return this.files.replacePhoto(id, fileName(file), file.getContentType(), content, scope, user.getName());
		}
	}

	@DeleteMapping("/photo")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	void deletePhoto(@PathVariable long id, RegionScope scope) {
		this.files.deletePhoto(id, scope);
	}

	/**
	 * The file with its name and type, never cached outside the browser's session (the
	 * same answer as attachments' own helper, which lies outside that module's API).
	 */
	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (file.isEmpty() || name == null || name.isBlank()) {
			throw ProblemException.invalidField("file", "请选择要上传的文件");
		}
		return name;
	}

}
