package org.rongjun.shared.copy;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads what {@code COPY (query) TO STDOUT (FORMAT binary)} writes (the format of
 * {@link BinaryCopyRows}): the header, then row by row the fields in the query's order —
 * big-endian for bigint, the bytes themselves for text (UTF-8) and bytea.
 *
 * <pre>{@code
 * BinaryCopyReader.skipHeader(in);
 * while (BinaryCopyReader.nextRow(in, 2)) {
 *     long id = BinaryCopyReader.int8(in);
 *     String name = BinaryCopyReader.text(in, "");
 * }
 * }</pre>
 */
public final class BinaryCopyReader {

	private BinaryCopyReader() {
	}

	public static void skipHeader(DataInputStream in) throws IOException {
		byte[] signature = new byte[BinaryCopyRows.SIGNATURE.length];
		in.readFully(signature);
		if (!Arrays.equals(signature, BinaryCopyRows.SIGNATURE)) {
			throw new IOException("not a binary COPY stream");
		}
		in.readInt(); // flags
		in.skipNBytes(in.readInt()); // header extension
	}

	/** Starts the next row of {@code fields} fields; false at the trailer. */
	public static boolean nextRow(DataInputStream in, int fields) throws IOException {
		short count = in.readShort();
		if (count == -1) {
			return false;
		}
		if (count != fields) {
			throw new IOException("expected " + fields + " fields, got " + count);
		}
		return true;
	}

	/** A bigint that is never NULL. */
	public static long int8(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length != 8) {
			throw new IOException("expected a non-null bigint, length " + length);
		}
		return in.readLong();
	}

	/** A text field, {@code ifNull} for NULL. */
	public static String text(DataInputStream in, String ifNull) throws IOException {
		byte[] bytes = bytes(in);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : ifNull;
	}

	/** A bytea (or any field's raw bytes), null for NULL. */
	public static byte @Nullable [] bytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return bytes;
	}

}
