package org.rongjun.shared.copy;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.postgresql.copy.PGCopyInputStream;

import org.rongjun.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The COPY pipe against PostgreSQL itself: every field type arrives as the column's
 * value, a stream many buffers long arrives whole, a violated key fails the whole COPY
 * with its SQLState, and a COPY out piped into a COPY in moves every row.
 */
@IntegrationTest
class BinaryCopyInIntegrationTests {

	private static final String TABLE = """
			create temp table copied (id bigint primary key, name text, data bytea, day date, flag boolean,
			                          n integer, tags text[], maybe bigint) on commit drop
			""";

	private static final String COPY = "copy copied (id, name, data, day, flag, n, tags, maybe) from stdin (format binary)";

	final DataSource dataSource;

	BinaryCopyInIntegrationTests(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Test
	void everyFieldTypeArrivesAsTheColumnsValue() throws SQLException {
		try (Connection connection = transaction()) {
			try (BinaryCopyIn copy = BinaryCopyIn.start(connection, COPY)) {
				copy.row(8)
					.int8(1)
					.text("欧阳𠀀明")
					.bytes(new byte[] { 0, (byte) 0xff })
					.date(LocalDate.of(2026, 2, 28))
					.bool(true)
					.int4(-7)
					.textArray(List.of("ou", "欧"))
					.int8(42L);
				copy.row(8)
					.int8(2)
					.text(null)
					.bytes(null)
					.date(null)
					.bool((Boolean) null)
					.none()
					.textArray(List.of())
					.int8((Long) null);
				assertThat(copy.finish()).isEqualTo(2);
			}
			try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
					select name, encode(data, 'hex'), day::text, flag, n, array_to_string(tags, '|'), maybe,
					       cardinality(tags)
					from copied order by id
					""")) {
				rs.next();
				assertThat(new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
						rs.getInt(5), rs.getString(6), rs.getLong(7) })
					.containsExactly("欧阳𠀀明", "00ff", "2026-02-28", true, -7, "ou|欧", 42L);
				rs.next();
				assertThat(new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4),
						rs.getObject(5), rs.getObject(7), rs.getInt(8) })
					.containsExactly(null, null, null, null, null, null, 0);
			}
			connection.rollback();
		}
	}

	@Test
	void aStreamOfManyBuffersArrivesWholeAndInOrder() throws SQLException {
		int rows = 50_000;
		try (Connection connection = transaction()) {
			try (BinaryCopyIn copy = BinaryCopyIn.start(connection, COPY)) {
				for (int i = 1; i <= rows; i++) {
					copy.row(8).int8(i).text("第" + i + "行").none().none().none().none().none().none();
				}
				assertThat(copy.finish()).isEqualTo(rows);
			}
			assertThat(rows * 30L).as("well past one buffer").isGreaterThan(10L * BinaryCopyIn.SEND_AT);
			try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
					select count(*), sum(id), count(*) filter (where name = '第' || id || '行') from copied
					""")) {
				rs.next();
				assertThat(new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).containsExactly(rows,
						rows * (rows + 1L) / 2, rows);
			}
			connection.rollback();
		}
	}

	@Test
	void aDuplicateKeyFailsTheWholeCopyWithItsSqlStateAndWritesNothing() throws SQLException {
		try (Connection connection = transaction()) {
			BinaryCopyRows rows = new BinaryCopyRows(64);
			rows.row(8).int8(1).text("a").none().none().none().none().none().none();
			rows.row(8).int8(1).text("b").none().none().none().none().none().none();
			try (Statement statement = connection.createStatement()) {
				statement.execute("savepoint before");
				assertThatThrownBy(() -> rows.copyInto(connection, COPY)).isInstanceOf(SQLException.class)
					.extracting((ex) -> ((SQLException) ex).getSQLState())
					.isEqualTo("23505");
				statement.execute("rollback to savepoint before");
				assertThat(copied(statement)).isZero();
			}
			connection.rollback();
		}
	}

	@Test
	void aCopyLeftUnfinishedIsCancelledAndTheConnectionStaysUsable() throws SQLException {
		try (Connection connection = transaction()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("savepoint before");
				try (BinaryCopyIn copy = BinaryCopyIn.start(connection, COPY)) {
					copy.row(8).int8(1).text("半途").none().none().none().none().none().none();
				}
				statement.execute("rollback to savepoint before");
				assertThat(copied(statement)).isZero();
			}
			connection.rollback();
		}
	}

	@Test
	void aPipedCopyOutMovesEveryRowOfTheQueryIntoTheTable() throws Exception {
		try (Connection reader = this.dataSource.getConnection(); Connection writer = transaction()) {
			CopyOut out = reader.unwrap(PGConnection.class).getCopyAPI().copyOut("""
					copy (select g::bigint, '人' || g, null::bytea, date '2026-01-01' + g, g % 2 = 0, g::int,
					             array['a', g::text], null::bigint
					      from generate_series(1, 30000) g) to stdout (format binary)
					""");
			assertThat(BinaryCopyIn.pipe(out, writer, COPY)).isEqualTo(30_000);
			try (Statement statement = writer.createStatement(); ResultSet rs = statement.executeQuery("""
					select count(*), count(*) filter (where name = '人' || id and day = date '2026-01-01' + id::int
					                                    and flag = (id % 2 = 0) and tags = array['a', id::text])
					from copied
					""")) {
				rs.next();
				assertThat(new long[] { rs.getLong(1), rs.getLong(2) }).containsExactly(30_000, 30_000);
			}
			// and the rows read back through the reader as they were written
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(new PGCopyInputStream(
					writer.unwrap(PGConnection.class),
					"copy (select id, name from copied where id <= 2 order by id) to stdout (format binary)")))) {
				BinaryCopyReader.skipHeader(in);
				assertThat(BinaryCopyReader.nextRow(in, 2)).isTrue();
				assertThat(BinaryCopyReader.int8(in)).isEqualTo(1);
				assertThat(BinaryCopyReader.text(in, "")).isEqualTo("人1");
				assertThat(BinaryCopyReader.nextRow(in, 2)).isTrue();
				assertThat(BinaryCopyReader.int8(in)).isEqualTo(2);
				assertThat(BinaryCopyReader.text(in, "")).isEqualTo("人2");
				assertThat(BinaryCopyReader.nextRow(in, 2)).isFalse();
			}
			writer.rollback();
		}
	}

	private static long copied(Statement statement) throws SQLException {
		try (ResultSet rs = statement.executeQuery("select count(*) from copied")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Connection transaction() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute(TABLE);
		}
		return connection;
	}

}
