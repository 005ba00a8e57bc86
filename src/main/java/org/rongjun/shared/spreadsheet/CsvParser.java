package org.rongjun.shared.spreadsheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records, including quoted fields that span lines. */
final class CsvParser {

	private final Reader reader;

	private int line = 1;

	private int lastRecordLine;

	private int pushedBack = -2;

	/**
	 * Characters are taken from here, refilled in bulk: one {@code Reader.read()} per
	 * character costs a lock per character.
	 */
	private final char[] buffer = new char[1 << 14];

	private int position;

	private int limit;

	CsvParser(Reader reader) {
		this.reader = reader;
	}

	/**
	 * The line (1-based) on which the record last returned by {@link #next()} started.
	 */
	int lineOfLastRecord() {
		return this.lastRecordLine;
	}

	List<String> next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		this.lastRecordLine = this.line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (c == -1) {
				fields.add(field.toString());
				return fields;
			}
			if (quoted) {
				if (c == '"') {
					int next = read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					if (c == '\n') {
						this.line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r') {
					int next = read();
					if (next != '\n') {
						this.pushedBack = next;
					}
				}
				this.line++;
				fields.add(field.toString());
				return fields;
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	private int read() throws IOException {
		if (this.pushedBack != -2) {
			int c = this.pushedBack;
			this.pushedBack = -2;
			return c;
		}
		if (this.position == this.limit) {
			int read = this.reader.read(this.buffer, 0, this.buffer.length);
			if (read <= 0) {
				return -1;
			}
			this.position = 0;
			this.limit = read;
		}
		return this.buffer[this.position++];
	}

}
