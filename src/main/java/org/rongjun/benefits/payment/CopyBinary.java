package org.rongjun.benefits.payment;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads PostgreSQL's binary COPY format (the "COPY" chapter, "Binary Format"): a header,
 * then per row a 16-bit field count and per field a 32-bit length (-1 for NULL) and the
 * value in its binary send format — big-endian for bigint, the bytes themselves for text
 * (in the database encoding, UTF-8) and bytea.
 */
final class CopyBinary {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	private CopyBinary() {
	}

	static void skipHeader(DataInputStream in) throws IOException {
		byte[] signature = new byte[SIGNATURE.length];
		in.readFully(signature);
		if (!java.util.Arrays.equals(signature, SIGNATURE)) {
			throw new IOException("not a binary COPY stream");
		}
		in.readInt(); // flags
		in.skipNBytes(in.readInt()); // header extension
	}

	/** Starts the next row; false at the trailer. */
	static boolean nextRow(DataInputStream in, int fields) throws IOException {
		short count = in.readShort();
		if (count == -1) {
			return false;
		}
		if (count != fields) {
			throw new IOException("expected " + fields + " fields, got " + count);
		}
		return true;
	}

	static long int8(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length != 8) {
			throw new IOException("expected a non-null bigint, length " + length);
		}
		return in.readLong();
	}

	static String text(DataInputStream in, String ifNull) throws IOException {
		byte[] bytes = bytes(in);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : ifNull;
	}

	static byte @Nullable [] bytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return bytes;
	}

}
