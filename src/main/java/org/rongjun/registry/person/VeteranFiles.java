package org.rongjun.registry.person;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.Attachments;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person file's photo (证件照, JPEG or PNG, one at a time) and its attachments (证明材料:
 * certificates, discharge papers, scans). Every call first finds the live file in the
 * caller's scope, so a file outside it, or retired by a merge, has no photo or
 * attachments to anyone; attachment ids are checked to belong to that file.
 */
@Service
@Transactional
public class VeteranFiles {

	static final String ATTACHMENTS = "registry.veteran";

	static final String PHOTO = "registry.veteran-photo";

	private final VeteranRepository veterans;

	private final Attachments attachments;

	VeteranFiles(VeteranRepository veterans, Attachments attachments) {
		this.veterans = veterans;
		this.attachments = attachments;
	}

	@Transactional(readOnly = true)
	public List<Attachment> list(long veteranId, RegionScope scope) {
		return this.attachments.list(owner(veteranId, scope));
	}

	public Attachment add(long veteranId, String fileName, @Nullable String contentType, InputStream content,
			RegionScope scope, String username) {
		return this.attachments.store(owner(veteranId, scope), fileName, contentType, content, username);
	}

	@Transactional(readOnly = true)
	public Attachment get(long veteranId, UUID attachmentId, RegionScope scope) {
		return this.attachments.get(attachmentId, owner(veteranId, scope));
	}

	public void delete(long veteranId, UUID attachmentId, RegionScope scope) {
		Attachment attachment = this.attachments.get(attachmentId, owner(veteranId, scope));
		this.attachments.delete(attachment.id());
	}

	/** The current photo, if any. */
	@Transactional(readOnly = true)
	public Optional<Attachment> photo(long veteranId, RegionScope scope) {
		List<Attachment> photos = this.attachments.list(photoOwner(veteranId, scope));
		return photos.isEmpty() ? Optional.empty() : Optional.of(photos.get(photos.size() - 1));
	}

	/** Stores a new photo and removes the one it replaces. */
	public Attachment replacePhoto(long veteranId, String fileName, @Nullable String contentType, InputStream content,
			RegionScope scope, String username) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (!name.endsWith(".jpg") && !name.endsWith(".jpeg") && !name.endsWith(".png")) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE", "文件类型不支持",
					"照片只支持 JPG 或 PNG 格式");
		}
		AttachmentOwner owner = photoOwner(veteranId, scope);
		List<Attachment> previous = this.attachments.list(owner);
		Attachment stored = this.attachments.store(owner, fileName, contentType, content, username);
		previous.forEach((old) -> this.attachments.delete(old.id()));
		return stored;
	}

	public void deletePhoto(long veteranId, RegionScope scope) {
		this.attachments.deleteAll(photoOwner(veteranId, scope));
	}

	/**
	 * A merge moves the retired file's attachments to the survivor, and its photo too
	 * when the survivor has none (the survivor's own photo wins otherwise).
	 */
	public void moveOnMerge(long survivorId, long mergedId) {
		move(AttachmentOwner.of(ATTACHMENTS, mergedId), AttachmentOwner.of(ATTACHMENTS, survivorId));
		AttachmentOwner survivorPhoto = AttachmentOwner.of(PHOTO, survivorId);
		if (this.attachments.list(survivorPhoto).isEmpty()) {
			move(AttachmentOwner.of(PHOTO, mergedId), survivorPhoto);
		}
	}

	private void move(AttachmentOwner from, AttachmentOwner to) {
		for (Attachment attachment : this.attachments.list(from)) {
			this.attachments.store(to, attachment.fileName(), attachment.contentType(),
					new java.io.ByteArrayInputStream(this.attachments.content(attachment.id())),
					attachment.uploadedBy());
			this.attachments.delete(attachment.id());
		}
	}

	private AttachmentOwner owner(long veteranId, RegionScope scope) {
		requireFile(veteranId, scope);
		return AttachmentOwner.of(ATTACHMENTS, veteranId);
	}

	private AttachmentOwner photoOwner(long veteranId, RegionScope scope) {
		requireFile(veteranId, scope);
		return AttachmentOwner.of(PHOTO, veteranId);
	}

	private void requireFile(long veteranId, RegionScope scope) {
		if (this.veterans.stored(veteranId, scope).isEmpty()) {
			throw ProblemException.notFound("人员不存在或不在您的数据范围内");
		}
	}

}
