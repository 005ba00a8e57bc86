package org.rongjun.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The file types staff may attach, recognised by their first bytes rather than by the
 * name or the browser's claim, so that a script renamed to .jpg is refused. Office
 * documents are ZIP (docx/xlsx) or OLE (doc/xls) containers; the extension picks which
 * one it is.
 */
enum FileType {

	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg"),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "png"),
	GIF("image/gif", "GIF8".getBytes(StandardCharsets.US_ASCII), "gif"),
	WEBP("image/webp", "RIFF".getBytes(StandardCharsets.US_ASCII), "webp"),
	PDF("application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII), "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 'P', 'K', 3, 4 },
			"docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 'P', 'K', 3, 4 }, "xlsx"),
	DOC("application/msword", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, "doc"),
	XLS("application/vnd.ms-excel", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, "xls");

	private final String contentType;

	private final byte[] magic;

	private final String[] extensions;

	FileType(String contentType, byte[] magic, String... extensions) {
		this.contentType = contentType;
		this.magic = magic;
		this.extensions = extensions;
	}

	String contentType() {
		return this.contentType;
	}

	/**
	 * The type whose extension the name has and whose signature the content starts with.
	 */
	static Optional<FileType> detect(String fileName, byte[] head) {
		String extension = extension(fileName);
		return Arrays.stream(values())
			.filter((type) -> Arrays.asList(type.extensions).contains(extension))
			.filter((type) -> type.matches(head))
			.findFirst();
	}

	private boolean matches(byte[] head) {
		if (head.length < this.magic.length) {
			return false;
		}
		if (!Arrays.equals(head, 0, this.magic.length, this.magic, 0, this.magic.length)) {
			return false;
		}
		return this != WEBP || (head.length >= 12 && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP"));
	}

	private static String extension(@Nullable String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
