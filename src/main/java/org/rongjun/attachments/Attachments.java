package org.rongjun.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores and reads attached files. Callers check permissions and scope for the owning
 * record first; this service trusts them on that and guards only the content.
 */
@Service
@EnableConfigurationProperties(AttachmentProperties.class)
public class Attachments {

	private static final int MAX_NAME_LENGTH = 200;

	private final AttachmentRepository repository;

	private final long maxSize;

	Attachments(AttachmentRepository repository, AttachmentProperties properties) {
		this.repository = repository;
		this.maxSize = properties.maxSize().toBytes();
	}

	/**
	 * Stores a file for {@code owner}. The declared content type is ignored: the type is
	 * recognised from the name's extension and the content's signature.
	 */
	@Transactional
	public Attachment store(AttachmentOwner owner, String fileName, @Nullable String contentType, InputStream content,
			String uploadedBy) {
		String name = cleanName(fileName);
		byte[] bytes = readLimited(content);
		if (bytes.length == 0) {
			throw ProblemException.badRequest("文件为空，请重新选择");
		}
		FileType type = FileType.detect(name, Arrays.copyOf(bytes, Math.min(bytes.length, 16)))
			.orElseThrow(() -> new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE",
					"文件类型不支持", "只能上传图片（jpg、png、gif、webp）、PDF 或 Office 文档（doc、docx、xls、xlsx），且文件内容须与扩展名相符"));
		return this.repository.insert(owner, name, type.contentType(), bytes, sha256(bytes), uploadedBy);
	}

	/**
	 * Stores an uploaded multipart file, as an owning module's upload endpoint receives
	 * it.
	 */
	@Transactional
	public Attachment store(AttachmentOwner owner, MultipartFile file, String uploadedBy) {
		if (file.isEmpty()) {
			throw ProblemException.invalidField("file", "请选择要上传的文件");
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "file";
		try {
			return store(owner, name, file.getContentType(), file.getInputStream(), uploadedBy);
		}
		catch (IOException ex) {
			throw ProblemException.badRequest("文件上传中断，请重试");
		}
	}

	public List<Attachment> list(AttachmentOwner owner) {
		return this.repository.findByOwner(owner);
	}

	public Attachment get(UUID id) {
		return this.repository.find(id).orElseThrow(() -> ProblemException.notFound("附件不存在或已删除"));
	}

	/**
	 * The attachment, checked to belong to {@code owner} (ids in URLs are not trusted
	 * alone).
	 */
	public Attachment get(UUID id, AttachmentOwner owner) {
		Attachment attachment = get(id);
		if (!attachment.owner().equals(owner)) {
			throw ProblemException.notFound("附件不存在或已删除");
		}
		return attachment;
	}

	public void copyContent(UUID id, OutputStream out) {
		try {
			out.write(this.repository.content(id).orElseThrow(() -> ProblemException.notFound("附件不存在或已删除")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] content(UUID id) {
		return this.repository.content(id).orElseThrow(() -> ProblemException.notFound("附件不存在或已删除"));
	}

	@Transactional
	public void delete(UUID id) {
		this.repository.delete(id);
	}

	/** Removes every file of a record, e.g. when the record itself is erased. */
	@Transactional
	public int deleteAll(AttachmentOwner owner) {
		return this.repository.deleteByOwner(owner);
	}

	private byte[] readLimited(InputStream content) {
		try (content) {
			byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxSize + 1));
			if (bytes.length > this.maxSize) {
				throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "文件过大",
						"文件不能超过 " + (this.maxSize / (1024 * 1024)) + "MB");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw ProblemException.badRequest("文件上传中断，请重试");
		}
	}

	private static String cleanName(String fileName) {
		// Browsers on Windows may send the full path; control characters would break the
		// Content-Disposition header on download.
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		if (name.isEmpty()) {
			throw ProblemException.badRequest("文件名不能为空");
		}
		return (name.length() > MAX_NAME_LENGTH) ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
