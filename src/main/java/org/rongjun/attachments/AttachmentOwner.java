package org.rongjun.attachments;

import java.util.regex.Pattern;

import org.rongjun.shared.ProblemException;

/**
 * The record a file belongs to: {@code kind} names the module and record type (e.g.
 * {@code registry.veteran}, {@code care.visit}), {@code id} the record's id as text.
 */
public record AttachmentOwner(String kind, String id) {

	private static final Pattern KIND = Pattern.compile("[a-z]+(\\.[a-z-]+)+");

	public AttachmentOwner {
		if (!KIND.matcher(kind).matches() || id.isBlank() || id.length() > 64) {
			throw ProblemException.badRequest("附件所属记录无效");
		}
	}

	public static AttachmentOwner of(String kind, long id) {
		return new AttachmentOwner(kind, Long.toString(id));
	}

}
