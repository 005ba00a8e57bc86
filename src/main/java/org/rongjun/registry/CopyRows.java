package org.rongjun.registry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Renders rows in PostgreSQL's COPY CSV format into one buffer, ready to be copied in one
 * go.
 */
final class CopyRows {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final StringBuilder data;

	private boolean first = true;

	CopyRows(int capacity) {
		this.data = new StringBuilder(capacity);
	}

	CopyRows text(@Nullable String value) {
		separate();
		if (value != null) {
			quote(value);
		}
		return this;
	}

	CopyRows number(long value) {
		separate();
		this.data.append(value);
		return this;
	}

	/** A bytea in hex form, written straight into the buffer. */
	CopyRows bytes(byte @Nullable [] value) {
		separate();
		if (value != null) {
			this.data.append("\\x");
			for (byte b : value) {
				this.data.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
			}
		}
		return this;
	}

	CopyRows date(@Nullable LocalDate value) {
		separate();
		if (value != null) {
			this.data.append(value);
		}
		return this;
	}

	CopyRows bool(boolean value) {
		separate();
		this.data.append(value ? 't' : 'f');
		return this;
	}

	/** A text[] literal, each element double-quoted, the whole field CSV-quoted. */
	CopyRows array(List<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		literal.append('}');
		return text(literal.toString());
	}

	/** Ends the current row. */
	CopyRows end() {
		this.data.append('\n');
		this.first = true;
		return this;
	}

	InputStream toInputStream() {
		return new ByteArrayInputStream(this.data.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void separate() {
		if (!this.first) {
			this.data.append(',');
		}
		this.first = false;
	}

	private void quote(String value) {
		this.data.append('"');
		if (value.indexOf('"') < 0) {
			this.data.append(value);
		}
		else {
			this.data.append(value.replace("\"", "\"\""));
		}
		this.data.append('"');
	}

}
