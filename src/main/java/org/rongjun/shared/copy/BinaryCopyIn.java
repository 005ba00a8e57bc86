package org.rongjun.shared.copy;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOperation;
import org.postgresql.copy.CopyOut;

/**
 * A {@code COPY … FROM STDIN (FORMAT binary)} in progress on a connection, in its
 * transaction. Rows are encoded as {@link BinaryCopyRows} and sent whenever the buffer
 * passes {@value #SEND_AT} bytes, so the server parses and inserts while the caller is
 * still producing rows, and memory stays flat however many rows there are.
 *
 * <pre>{@code
 * try (BinaryCopyIn copy = BinaryCopyIn.start(connection, "copy t (id, name) from stdin (format binary)")) {
 *     for (Person p : people) {
 *         copy.row(2).int8(p.id()).text(p.name());
 *     }
 *     long rows = copy.finish();
 * }
 * }</pre>
 *
 * A COPY cut off by an exception is cancelled on {@link #close()}: the statement fails,
 * the transaction must be rolled back (or the connection discarded), and nothing of it is
 * written.
 */
public final class BinaryCopyIn implements AutoCloseable {

	/** Enough to keep the socket busy, small enough to stay in the CPU's caches. */
	static final int SEND_AT = 1 << 16;

	private final CopyIn copy;

	private final BinaryCopyRows rows;

	private BinaryCopyIn(CopyIn copy, BinaryCopyRows rows) {
		this.copy = copy;
		this.rows = rows;
	}

	/** Starts {@code copySql} on the connection. */
	public static BinaryCopyIn start(Connection connection, String copySql) throws SQLException {
		return start(connection, copySql, new BinaryCopyRows(2 * SEND_AT));
	}

	static BinaryCopyIn start(Connection connection, String copySql, BinaryCopyRows rows) throws SQLException {
		return new BinaryCopyIn(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql), rows);
	}

	/**
	 * Starts a row of {@code fields} columns, sending the rows before it if the buffer is
	 * full; the row's fields follow on the answer.
	 */
	public BinaryCopyRows row(int fields) throws SQLException {
		if (this.rows.size() >= SEND_AT) {
			this.rows.sendTo(this.copy);
		}
		return this.rows.row(fields);
	}

	/**
	 * Sends the rest and ends the COPY; answers the number of rows the server took. A
	 * constraint the rows violate (a duplicate key, 23505) fails here at the latest.
	 */
	public long finish() throws SQLException {
		this.rows.end();
		this.rows.sendTo(this.copy);
		return this.copy.endCopy();
	}

	/** Cancels the COPY unless it finished. */
	@Override
	public void close() {
		cancel(this.copy);
	}

	/**
	 * Moves the rows of a binary COPY out
	 * ({@code COPY (query) TO STDOUT (FORMAT binary)}, on another connection) into
	 * {@code copySql} on {@code connection} as they arrive: header, rows and trailer pass
	 * through as bytes, neither side's values are decoded, and the two backends compute
	 * and insert at the same time with the sockets between them as the buffer. The
	 * query's columns must have exactly the table's types. Answers the number of rows
	 * written; on failure both COPYs are cancelled.
	 */
	public static long pipe(CopyOut from, Connection connection, String copySql) throws SQLException {
		CopyIn to = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
		try {
			byte[] buffer = new byte[SEND_AT];
			int length = 0;
			byte[] row;
			while ((row = from.readFromCopy()) != null) {
				if (length + row.length > buffer.length) {
					to.writeToCopy(buffer, 0, length);
					length = 0;
				}
				if (row.length > buffer.length) {
					to.writeToCopy(row, 0, row.length);
				}
				else {
					System.arraycopy(row, 0, buffer, length, row.length);
					length += row.length;
				}
			}
			if (length > 0) {
				to.writeToCopy(buffer, 0, length);
			}
			return to.endCopy();
		}
		finally {
			cancel(from);
			cancel(to);
		}
	}

	private static void cancel(CopyOperation copy) {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the transaction fails or the connection is discarded either way
		}
	}

}
