package org.rongjun.shared.copy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format (the "COPY" chapter, "Binary Format"), encoded
 * field by field into one growing buffer: a header, then per row a 16-bit field count and
 * per field a 32-bit length (-1 for NULL) and the value in its binary send format.
 * <p>
 * Binary rather than text or CSV: ciphertexts and blind indexes go as they are instead of
 * as hex the server parses back, dates and numbers are not spelled out, and nothing is
 * quoted or escaped. Text goes as UTF-8 (the database encoding) straight into the buffer,
 * without a byte[] per value. The fields of a row must have exactly the types of the
 * columns of the COPY, in their order: the server does not convert.
 * <p>
 * Rows are collected here and sent in one go ({@link #copyInto}), or streamed through a
 * {@link BinaryCopyIn}, which sends the buffer whenever it fills.
 */
public final class BinaryCopyRows {

	static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	/** The signature, 32 bits of flags and 32 bits of header extension length. */
	static final int HEADER_LENGTH = SIGNATURE.length + 8;

	/** PostgreSQL counts dates in days from 2000-01-01. */
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final int TEXT_OID = 25;

	private byte[] buffer;

	private int length;

	private long rows;

	public BinaryCopyRows(int capacity) {
		this.buffer = new byte[Math.max(capacity, 64)];
		put(SIGNATURE);
		putInt(0); // flags
		putInt(0); // no header extension
	}

	/** Starts a row of {@code fields} columns. */
	public BinaryCopyRows row(int fields) {
		ensure(2);
		this.buffer[this.length++] = (byte) (fields >>> 8);
		this.buffer[this.length++] = (byte) fields;
		this.rows++;
		return this;
	}

	/** A {@code text} (or {@code varchar}) field. */
	public BinaryCopyRows text(@Nullable String value) {
		if (value == null) {
			return none();
		}
		int lengthAt = this.length;
		putInt(0);
		putInt(lengthAt, utf8(value));
		return this;
	}

	/** A {@code bytea} field. */
	public BinaryCopyRows bytes(byte @Nullable [] value) {
		if (value == null) {
			return none();
		}
		putInt(value.length);
		put(value);
		return this;
	}

	/** A {@code bigint} field. */
	public BinaryCopyRows int8(long value) {
		putInt(8);
		putInt((int) (value >>> 32));
		putInt((int) value);
		return this;
	}

	/** A {@code bigint} field that may be NULL. */
	public BinaryCopyRows int8(@Nullable Long value) {
		return (value != null) ? int8(value.longValue()) : none();
	}

	/** An {@code integer} field. */
	public BinaryCopyRows int4(int value) {
		putInt(4);
		putInt(value);
		return this;
	}

	/** A {@code date} field. */
	public BinaryCopyRows date(@Nullable LocalDate value) {
		if (value == null) {
			return none();
		}
		putInt(4);
		putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
		return this;
	}

	/** A {@code boolean} field. */
	public BinaryCopyRows bool(boolean value) {
		putInt(1);
		ensure(1);
		this.buffer[this.length++] = (byte) (value ? 1 : 0);
		return this;
	}

	/** A {@code boolean} field that may be NULL. */
	public BinaryCopyRows bool(@Nullable Boolean value) {
		return (value != null) ? bool(value.booleanValue()) : none();
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

	/** A NULL field. */
	public BinaryCopyRows none() {
		putInt(-1);
		return this;
	}

	/** The rows started so far. */
	public long rows() {
		return this.rows;
	}

	/**
	 * Copies the rows into {@code copySql} ({@code COPY … FROM STDIN (FORMAT binary)}) on
	 * the connection, in its transaction; returns the number of rows the server took. The
	 * rows are spent.
	 */
	public long copyInto(Connection connection, String copySql) throws SQLException {
		try (BinaryCopyIn copy = BinaryCopyIn.start(connection, copySql, this)) {
			return copy.finish();
		}
	}

	/** Bytes buffered, not sent yet. */
	int size() {
		return this.length;
	}

	/** Sends what is buffered and empties the buffer (the header, once sent, is gone). */
	void sendTo(CopyIn copy) throws SQLException {
		if (this.length > 0) {
			copy.writeToCopy(this.buffer, 0, this.length);
			this.length = 0;
		}
	}

	/** Appends the trailer that ends the stream. */
	void end() {
		ensure(2);
		this.buffer[this.length++] = (byte) 0xff;
		this.buffer[this.length++] = (byte) 0xff;
	}

	/** What is buffered, for tests of the encoding. */
	byte[] buffered() {
		return Arrays.copyOf(this.buffer, this.length);
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

	private void putInt(int at, int value) {
		this.buffer[at] = (byte) (value >>> 24);
		this.buffer[at + 1] = (byte) (value >>> 16);
		this.buffer[at + 2] = (byte) (value >>> 8);
		this.buffer[at + 3] = (byte) value;
	}

	private void putInt(int value) {
		ensure(4);
		putInt(this.length, value);
		this.length += 4;
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
