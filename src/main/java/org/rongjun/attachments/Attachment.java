package org.rongjun.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file's description; the bytes are read with {@link Attachments#copyContent}.
 */
public record Attachment(UUID id, AttachmentOwner owner, String fileName, String contentType, long size, String sha256,
		String uploadedBy, Instant uploadedAt) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
