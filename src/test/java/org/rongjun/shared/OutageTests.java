package org.rongjun.shared;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class OutageTests {

	@Test
	void aFileWriteFailingWithNoSpaceLeftIsAFullDisk() {
		// /dev/full answers every write with ENOSPC, as a full file system does
		Throwable failure = catchThrowable(() -> {
			try (FileOutputStream out = new FileOutputStream("/dev/full")) {
				out.write(new byte[8192]);
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(failure).isNotNull();
		assertThat(Outage.causing(failure)).contains(Outage.STORAGE_FULL);
	}

	@Test
	void postgresqlDiskFullAnywhereInTheCausesIsAFullDisk() {
		SQLException diskFull = new PSQLException("could not extend file: No space left on device",
				PSQLState.UNKNOWN_STATE) {
			@Override
			public String getSQLState() {
				return "53100";
			}
		};
		assertThat(Outage.causing(new DataAccessResourceFailureException("insert", diskFull)))
			.contains(Outage.STORAGE_FULL);
	}

	@Test
	void aRefusedConnectionIsTheDatabaseBeingUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Throwable refused = catchThrowable(
				() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + closedPort + "/x", "x", "x"));
		assertThat(Outage.causing(new CannotGetJdbcConnectionException("no connection", (SQLException) refused)))
			.contains(Outage.DATABASE_UNAVAILABLE);
		assertThat(Outage.causing(refused)).contains(Outage.DATABASE_UNAVAILABLE);
	}

	@Test
	void aConstraintViolationIsNoOutage() {
		assertThat(Outage.causing(new DataIntegrityViolationException("duplicate",
				new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))))
			.isEmpty();
	}

}
