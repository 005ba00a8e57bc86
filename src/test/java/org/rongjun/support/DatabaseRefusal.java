package org.rongjun.support;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.transaction.TransactionSystemException;

/**
 * Why PostgreSQL refused a statement, dug out of Spring's exception wrappers: its
 * SQLState and, for a constraint, the constraint's name. A test of a database guard
 * asserts these, so that it cannot pass on some other failure (a syntax error, a lost
 * connection).
 */
public record DatabaseRefusal(String sqlState, @Nullable String constraint, String message) {

	/**
	 * 23514: a check constraint (or a trigger raising with that code) refused the row.
	 */
	public static final String CHECK_VIOLATION = "23514";

	/** 57P01: the backend was terminated (pg_terminate_backend, a database restart). */
	public static final String ADMIN_SHUTDOWN = "57P01";

	/** The refusal in {@code thrown}'s causes; fails when the database said nothing. */
	public static DatabaseRefusal of(Throwable thrown) {
		DatabaseRefusal refusal = find(thrown);
		if (refusal == null) {
			throw new AssertionError("not refused by the database: " + thrown, thrown);
		}
		return refusal;
	}

	private static @Nullable DatabaseRefusal find(@Nullable Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				ServerErrorMessage server = (sql instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
				return new DatabaseRefusal(sql.getSQLState(), (server != null) ? server.getConstraint() : null,
						String.valueOf(sql.getMessage()));
			}
			// A rollback on a dead connection fails too, and Spring then reports that
			// failure, keeping the database's own refusal as the application exception.
			if (cause instanceof TransactionSystemException rollback) {
				DatabaseRefusal original = find(rollback.getApplicationException());
				if (original != null) {
					return original;
				}
			}
		}
		return null;
	}

}
