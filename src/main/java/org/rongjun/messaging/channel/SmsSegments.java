package org.rongjun.messaging.channel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into SMS short messages in UCS2 (data_coding 0x08). One message holds 70
 * characters (140 bytes); a longer text goes out in parts of at most 67 characters, each
 * led by a 6-byte user data header (IEI 0x00: reference, total, sequence) that the
 * handset uses to join them (3GPP TS 23.040 9.2.3.24.1).
 */
public final class SmsSegments {

	static final int SINGLE_CHARS = 70;

	static final int PART_CHARS = 67;

	private SmsSegments() {
	}

	/** The parts' texts; one element when the text fits into one message. */
	public static List<String> split(String text) {
		if (text.length() <= SINGLE_CHARS) {
			return List.of(text);
		}
		List<String> parts = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int end = Math.min(at + PART_CHARS, text.length());
			// Never cut a surrogate pair in two: the half characters would show as
			// garbage.
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			parts.add(text.substring(at, end));
			at = end;
		}
		return parts;
	}

	/** The short_message bytes of each part, with the concatenation header when split. */
	public static List<byte[]> encode(String text, int reference) {
		List<String> parts = split(text);
		if (parts.size() == 1) {
			return List.of(text.getBytes(StandardCharsets.UTF_16BE));
		}
		List<byte[]> messages = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			byte[] body = parts.get(i).getBytes(StandardCharsets.UTF_16BE);
			ByteBuffer message = ByteBuffer.allocate(6 + body.length);
			message.put((byte) 0x05).put((byte) 0x00).put((byte) 0x03);
			message.put((byte) reference).put((byte) parts.size()).put((byte) (i + 1));
			message.put(body);
			messages.add(message.array());
		}
		return messages;
	}

}
