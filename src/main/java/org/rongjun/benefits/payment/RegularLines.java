package org.rongjun.benefits.payment;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.copy.BinaryCopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * A chunk's regular lines (ADR 0016): the database computes them on a reader connection
 * of their own ({@code COPY (query) TO STDOUT}) while the chunk's connection, in the
 * chunk's transaction, COPYs them into {@code payment_line}, so reading and writing run
 * at once and the rows cross Java as bytes ({@link BinaryCopyIn#pipe}). Should a line
 * already exist (a concurrent run took the month), the COPY fails on the primary key and
 * the chunk falls back to {@code INSERT … ON CONFLICT DO NOTHING}.
 */
@Repository
class RegularLines {

	/**
	 * One chunk's regular lines. The planner cannot estimate the joins of the registry's
	 * view (its keys are expressions such as {@code coalesce(disability_grade, 0)}) and,
	 * left to itself, starts from the rates and probes every beneficiary of a category
	 * once per county and month. The reader therefore keeps the join order as written
	 * ({@link #READER_SETTINGS}): the chunk's beneficiaries in id order through the
	 * primary key, each veteran through its primary key, then the few hundred rates in a
	 * hash table. The subquery's {@code ORDER BY} is what the primary key gives for free,
	 * and it writes the lines in the order of their own primary key.
	 */
	static final String REGULAR_LINES = """
			select d.beneficiary_id, :type, d.month, 0::bigint, 0::bigint, :run::bigint, 'REGULAR', d.veteran_id,
			       d.paying_region, d.person_name, d.bank_name, d.bank_account_mask, d.bank_account_cipher,
			       r.monthly_fen, r.standard_id, r.id, null::text, 'PENDING'
			from (select e.beneficiary_id, e.veteran_id, e.category, e.disability_grade, e.disability_cause,
			             e.household_type, e.lonely_elderly, e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher, m.month,
			             coalesce(case when m.month <= mv.old_region_pays_through then mv.from_region_code end,
			                      e.region_code) as paying_region
			      from registry.entitlement e
			      cross join (values :months) m(month)
			      left join (select distinct on (veteran_id) veteran_id, from_region_code, old_region_pays_through
			                 from registry.household_transfer
			                 where old_region_pays_through >= cast(:firstMonth as date)
			                 order by veteran_id, approved_on) mv on mv.veteran_id = e.veteran_id
			      where e.beneficiary_id between :lo and :hi and e.status = 'RECEIVING'
			        and e.category = any(string_to_array(:categories, ','))
			      order by e.beneficiary_id, m.month) d
			join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(d.paying_region, 6), 12, '0')
			     and r.category = d.category and r.disability_grade = d.disability_grade
			     and r.disability_cause = d.disability_cause and r.household_type = d.household_type
			     and r.lonely_elderly = d.lonely_elderly and r.month = d.month
			where d.paying_region between :rlo and :rhi""";

	/**
	 * See {@link #REGULAR_LINES}: the join order as written, the registry's tables
	 * reached through their keys (a chunk is a narrow id range; a scan of every veteran
	 * per chunk would cost the whole table each time), one process per chunk (the chunks
	 * already use both cores).
	 */
	static final String[] READER_SETTINGS = { "set local join_collapse_limit = 1", "set local from_collapse_limit = 1",
			"set local enable_seqscan = off", "set local max_parallel_workers_per_gather = 0",
			"set local work_mem = '32MB'" };

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	RegularLines(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Writes the regular lines of beneficiaries {@code lo..hi}; answers how many. */
	long write(PaymentRun run, long lo, long hi) {
		RegionScope region = run.region();
		String query = REGULAR_LINES.replace(":firstMonth", literal(run.firstMonth().toString()))
			.replace(":months", months(run))
			.replace(":lo", Long.toString(lo))
			.replace(":hi", Long.toString(hi))
			.replace(":categories", literal(categories(run.benefitType())))
			.replace(":type", literal(run.benefitType().name()))
			.replace(":run", Long.toString(run.id()))
			.replace(":rlo", literal(region.lowerBound()))
			.replace(":rhi", literal(region.upperBound()));
		Connection writer = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint before = writer.setSavepoint();
			try {
				long rows = pipe(query, writer);
				writer.releaseSavepoint(before);
				return rows;
			}
			catch (SQLException ex) {
				if (!"23505".equals(ex.getSQLState())) {
					throw ex;
				}
				writer.rollback(before);
				return this.jdbc.sql(PaymentLines.insert(query)).update();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Preparing chunk " + lo + " of run " + run.id() + " failed", ex);
		}
	}

	/**
	 * Moves the query's rows from a reader connection's COPY out into the writer's COPY
	 * in. One thread shuttles the bytes; the two backends compute and insert at the same
	 * time, each on its own core, with the sockets between them as the buffer. Binary
	 * format: the query's columns have exactly the line's types, and neither side spells
	 * out or parses dates, numbers and the account ciphertext as text.
	 */
	private long pipe(String query, Connection writer) throws SQLException {
		Connection reader = this.dataSource.getConnection();
		boolean clean = false;
		try {
			reader.setAutoCommit(false);
			try (Statement statement = reader.createStatement()) {
				for (String setting : READER_SETTINGS) {
					statement.execute(setting);
				}
			}
			CopyOut rows = reader.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("copy (" + query + ") to stdout with (format binary)");
			long written = BinaryCopyIn.pipe(rows, writer, PaymentLines.COPY);
			reader.commit();
			reader.setAutoCommit(true);
			clean = true;
			return written;
		}
		finally {
			if (clean) {
				reader.close();
			}
			else {
				// a COPY cut off midway leaves the connection unusable: never back to the
				// pool
				discard(reader);
			}
		}
	}

	private void discard(Connection connection) {
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				this.dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
			}
			else {
				connection.close();
			}
		}
		catch (SQLException ex) {
			// it is gone either way
		}
	}

	static String categories(BenefitType type) {
		return type.categories().stream().sorted().collect(Collectors.joining(","));
	}

	/** The run's months as a VALUES list: a handful of constants the planner knows. */
	private static String months(PaymentRun run) {
		List<String> months = new ArrayList<>();
		for (LocalDate month = run.firstMonth(); !month.isAfter(run.lastMonth()); month = month.plusMonths(1)) {
			months.add("(date " + literal(month.toString()) + ")");
		}
		return String.join(", ", months);
	}

	private static String literal(String value) {
		if (!value.matches("[A-Za-z0-9_,\\-]*")) {
			throw new IllegalArgumentException("unexpected literal " + value);
		}
		return "'" + value + "'";
	}

}
