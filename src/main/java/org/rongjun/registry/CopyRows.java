package org.rongjun.registry;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Renders values as one line of PostgreSQL's COPY CSV format. */
final class CopyRows {

	private final StringBuilder line = new StringBuilder(512);

	private boolean first = true;

	CopyRows text(@Nullable String value) {
		separate();
		if (value != null) {
			quote(value);
		}
		return this;
	}

	CopyRows bytes(byte @Nullable [] value) {
		separate();
		if (value != null) {
			this.line.append("\\x").append(HexFormat.of().formatHex(value));
		}
		return this;
	}

	CopyRows date(@Nullable LocalDate value) {
		separate();
		if (value != null) {
			this.line.append(value);
		}
		return this;
	}

	CopyRows bool(boolean value) {
		separate();
		this.line.append(value ? 't' : 'f');
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

	String end() {
		this.line.append('\n');
		String result = this.line.toString();
		this.line.setLength(0);
		this.first = true;
		return result;
	}

	private void separate() {
		if (!this.first) {
			this.line.append(',');
		}
		this.first = false;
	}

	private void quote(String value) {
		this.line.append('"').append(value.replace("\"", "\"\"")).append('"');
	}

}
