package org.rongjun.shared;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A failure of the infrastructure rather than of the request: the database cannot be
 * reached, or the server's storage is full. Both are answered 503 with a message that
 * tells the user to wait (nothing was changed) instead of a generic 500, and both are
 * recognised anywhere in an exception's cause chain, whichever layer wrapped them.
 */
public enum Outage {

	/**
	 * The database is down, restarting or unreachable (connection refused, pool timeout).
	 */
	DATABASE_UNAVAILABLE("DATABASE_UNAVAILABLE", "数据库暂不可用", "数据库暂不可用，本次操作未执行，请稍后重试；如持续出现请联系系统管理员"),

	/**
	 * PostgreSQL's {@code disk_full} (SQLState 53100) or a file write failing with
	 * ENOSPC.
	 */
	STORAGE_FULL("STORAGE_FULL", "存储空间已满", "服务器存储空间已满，本次修改未能保存（已有数据不受影响），请联系系统管理员清理磁盘后重试");

	/**
	 * PostgreSQL refusing connections while it shuts down, crashes or recovers
	 * ({@code admin_shutdown}, {@code crash_shutdown}, {@code cannot_connect_now}); class
	 * 08 (connection exception) is matched as a class.
	 */
	private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

	private static final String DISK_FULL_STATE = "53100";

	/** The JDK's text for ENOSPC on Linux; IOException carries no error number. */
	private static final String NO_SPACE = "No space left on device";

	private final String code;

	private final String title;

	private final String detail;

	Outage(String code, String title, String detail) {
		this.code = code;
		this.title = title;
		this.detail = detail;
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		return this.detail;
	}

	/** The 503 problem the client gets. */
	public ProblemException problem() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, this.code, this.title, this.detail);
	}

	/** The outage behind {@code failure}, if any link of its cause chain shows one. */
	public static Optional<Outage> causing(Throwable failure) {
		@Nullable Outage found = null;
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (isDiskFull(cause)) {
				return Optional.of(STORAGE_FULL);
			}
			if (found == null && isConnectionFailure(cause)) {
				found = DATABASE_UNAVAILABLE;
			}
		}
		return Optional.ofNullable(found);
	}

	private static boolean isDiskFull(Throwable cause) {
		if (cause instanceof SQLException sql && DISK_FULL_STATE.equals(sql.getSQLState())) {
			return true;
		}
		return cause instanceof IOException && cause.getMessage() != null && cause.getMessage().contains(NO_SPACE);
	}

	private static boolean isConnectionFailure(Throwable cause) {
		if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException) {
			return true;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
		}
		return false;
	}

	private static @Nullable Throwable next(Throwable cause) {
		Throwable next = cause.getCause();
		if (next == null && cause instanceof SQLException sql) {
			next = sql.getNextException();
		}
		return (next == cause) ? null : next;
	}

}
