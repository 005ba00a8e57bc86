package org.rongjun.shared.spreadsheet;

import java.io.Closeable;
import java.util.List;

/** Writes a roster row by row; {@link #close()} finishes the file. */
public interface SpreadsheetWriter extends Closeable {

	void row(List<?> cells);

	@Override
	void close();

	/**
	 * A cell that a spreadsheet program would run as a formula (=, +, -, @, or a leading
	 * tab or carriage return, OWASP "CSV injection") is written as text: prefixed with an
	 * apostrophe.
	 */
	static String neutralise(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
