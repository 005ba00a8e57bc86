package org.rongjun.attachments.web;

import java.nio.charset.StandardCharsets;

import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.Attachments;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * HTTP answers for the owning modules' download endpoints. Images may be shown inline (a
 * person's photo in an img tag); everything else downloads. Files hold personal data, so
 * nothing is cached outside the browser's own session.
 */
public final class AttachmentResponses {

	private AttachmentResponses() {
	}

	public static ResponseEntity<byte[]> download(Attachment attachment, Attachments attachments) {
		return respond(attachment, attachments, ContentDisposition.attachment());
	}

	public static ResponseEntity<byte[]> inline(Attachment attachment, Attachments attachments) {
		return respond(attachment, attachments,
				attachment.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment());
	}

	private static ResponseEntity<byte[]> respond(Attachment attachment, Attachments attachments,
			ContentDisposition.Builder disposition) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.cacheControl(CacheControl.noStore().cachePrivate())
			.eTag(attachment.sha256())
			.body(attachments.content(attachment.id()));
	}

}
