package org.rongjun.registry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's binary COPY format, rendered into one buffer and copied in one go.
 * Binary rather than CSV: ciphertexts and blind indexes go as they are instead of as hex
 * text the server parses back, and neither side quotes or escapes anything.
 */
public final class BinaryCopyRows {

	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0,
			0, 0, 0, 0 };

	/** PostgreSQL counts dates in days from 2000-01-01. */
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final int TEXT_OID = 25;

	private byte[] buffer;

	private int length;

	public BinaryCopyRows(int capacity) {
		this.buffer = new byte[Math.max(capacity, 64)];
		put(HEADER);
	}

	/** Starts a row of {@code fields} columns. */
	public BinaryCopyRows row(int fields) {
		ensure(2);
		this.buffer[this.length++] = (byte) (fields >>> 8);
		this.buffer[this.length++] = (byte) fields;
		return this;
	}

	public BinaryCopyRows text(@Nullable String value) {
		if (value == null) {
			return none();
		}
		int lengthAt = this.length;
		putInt(0);
		putInt(lengthAt, utf8(value));
		return this;
	}

	public BinaryCopyRows bytes(byte @Nullable [] value) {
		if (value == null) {
			return none();
		}
		putInt(value.length);
		put(value);
		return this;
	}

	public BinaryCopyRows int8(long value) {
		putInt(8);
		putInt((int) (value >>> 32));
		putInt((int) value);
		return this;
	}

	public BinaryCopyRows date(@Nullable LocalDate value) {
		if (value == null) {
			return none();
		}
		putInt(4);
		putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
		return this;
	}

	public BinaryCopyRows bool(boolean value) {
		putInt(1);
		ensure(1);
		this.buffer[this.length++] = (byte) (value ? 1 : 0);
		return this;
	}

	/** A one-dimensional {@code text[]} without nulls. */
	public BinaryCopyRows textArray(List<String> values) {
		int sizeAt = this.length;
		putInt(0);
		putInt(values.isEmpty() ? 0 : 1);
		putInt(0);
		putInt(TEXT_OID);
		if (!values.isEmpty()) {
			putInt(values.size());
			putInt(1);
			for (String value : values) {
				int lengthAt = this.length;
				putInt(0);
				putInt(lengthAt, utf8(value));
			}
		}
		putInt(sizeAt, this.length - sizeAt - 4);
		return this;
	}

	/**
	 * Writes the string as UTF-8 straight into the buffer (no byte[] per value) and
	 * returns the number of bytes.
	 */
	private int utf8(String value) {
		ensure(value.length() * 3);
		int start = this.length;
		byte[] out = this.buffer;
		int at = start;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				out[at++] = (byte) c;
			}
			else if (c < 0x800) {
				out[at++] = (byte) (0xc0 | (c >> 6));
				out[at++] = (byte) (0x80 | (c & 0x3f));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				int code = Character.toCodePoint(c, value.charAt(++i));
				out[at++] = (byte) (0xf0 | (code >> 18));
				out[at++] = (byte) (0x80 | ((code >> 12) & 0x3f));
				out[at++] = (byte) (0x80 | ((code >> 6) & 0x3f));
				out[at++] = (byte) (0x80 | (code & 0x3f));
			}
			else if (Character.isSurrogate(c)) {
				// A lone surrogate is not text; String.getBytes writes '?' for it too.
				out[at++] = '?';
			}
			else {
				out[at++] = (byte) (0xe0 | (c >> 12));
				out[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
				out[at++] = (byte) (0x80 | (c & 0x3f));
			}
		}
		this.length = at;
		return at - start;
	}

	BinaryCopyRows none() {
		putInt(-1);
		return this;
	}

	/** The rows with the trailer, ready for {@code CopyManager.copyIn}. */
	public InputStream finish() {
		ensure(2);
		this.buffer[this.length++] = (byte) 0xff;
		this.buffer[this.length++] = (byte) 0xff;
		return new ByteArrayInputStream(this.buffer, 0, this.length);
	}

	private void putInt(int at, int value) {
		this.buffer[at] = (byte) (value >>> 24);
		this.buffer[at + 1] = (byte) (value >>> 16);
		this.buffer[at + 2] = (byte) (value >>> 8);
		this.buffer[at + 3] = (byte) value;
	}

	private void putInt(int value) {
		ensure(4);
		this.buffer[this.length++] = (byte) (value >>> 24);
		this.buffer[this.length++] = (byte) (value >>> 16);
		this.buffer[this.length++] = (byte) (value >>> 8);
		this.buffer[this.length++] = (byte) value;
	}

	private void put(byte[] bytes) {
		ensure(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
		this.length += bytes.length;
	}

	private void ensure(int more) {
		if (this.length + more > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
		}
	}

}
