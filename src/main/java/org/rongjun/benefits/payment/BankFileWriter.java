package org.rongjun.benefits.payment;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import org.rongjun.registry.EntitlementReadModel;
import org.rongjun.shared.copy.BinaryCopyReader;
import org.springframework.stereotype.Component;

/**
 * Streams a run's bank disbursement file: one record per payee (the months and top-ups of
 * a beneficiary in the run add up to one transfer; each one-off payable is its own). The
 * lines come out of PostgreSQL as a binary COPY, parsed as they arrive, so a million
 * lines need no more memory than a few batches. Batches of records are decrypted (the
 * account number, by the registry) and formatted on the worker threads while the next
 * batch is read, and written in order. The account number exists only in the file.
 */
@Component
class BankFileWriter {

	static final Charset GBK = Charset.forName("GBK");

	/** Batches being decrypted and formatted at once: one per core, and one more read. */
	private static final int IN_FLIGHT = Math.max(2, Runtime.getRuntime().availableProcessors()) + 1;

	private final DataSource dataSource;

	private final EntitlementReadModel registry;

	private final ExecutorService workers = Executors
		.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), (task) -> {
			Thread thread = new Thread(task, "bank-file-worker");
			thread.setDaemon(true);
			return thread;
		});

	BankFileWriter(DataSource dataSource, EntitlementReadModel registry) {
		this.dataSource = dataSource;
		this.registry = registry;
	}

	/** Writes the file and returns the number of payee records. */
	long write(long runId, BankFileFormat format, OutputStream out) {
		Charset charset = (format == BankFileFormat.CSV) ? StandardCharsets.UTF_8 : GBK;
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set local work_mem = '256MB'");
				}
				String query = singleLinePayees(connection, runId) ? """
						select beneficiary_id, 0::bigint, payee_name, bank_name, bank_account_cipher, amount_fen
						from benefits.payment_line
						where run_id = %d and attempt = 0
						""".formatted(runId) : """
						select beneficiary_id, case when kind = 'ONE_OFF' then basis else 0 end as payable, payee_name,
						       bank_name, bank_account_cipher, sum(amount_fen)::bigint as amount
						from benefits.payment_line
						where run_id = %d and attempt = 0
						group by 1, 2, 3, 4, 5
						order by 1, 2
						""".formatted(runId);
				if (format == BankFileFormat.CSV) {
					out.write("reference,name,account,bank,amount\n".getBytes(charset));
				}
				long records = copy(connection, query, runId, format, charset, out);
				out.flush();
				connection.commit();
				return records;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Bank file of run " + runId + " failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long copy(Connection connection, String query, long runId, BankFileFormat format, Charset charset,
			OutputStream out) throws SQLException, IOException {
		Deque<Future<byte[]>> pending = new ArrayDeque<>();
		long records = 0;
		try (DataInputStream in = new DataInputStream(
				new BufferedInputStream(new PGCopyInputStream(connection.unwrap(PGConnection.class),
						"copy (" + query + ") to stdout with (format binary)"), 1 << 16))) {
			BinaryCopyReader.skipHeader(in);
			Batch batch = new Batch();
			while (batch.read(in)) {
				if (batch.size == Batch.SIZE) {
					records += submit(batch, pending, runId, format, charset, out);
					batch = new Batch();
				}
			}
			records += submit(batch, pending, runId, format, charset, out);
			while (!pending.isEmpty()) {
				out.write(await(pending.removeFirst()));
			}
			return records;
		}
		finally {
			pending.forEach((future) -> future.cancel(true));
		}
	}

	private int submit(Batch batch, Deque<Future<byte[]>> pending, long runId, BankFileFormat format, Charset charset,
			OutputStream out) throws IOException {
		if (pending.size() >= IN_FLIGHT) {
			out.write(await(pending.removeFirst()));
		}
		pending.addLast(this.workers.submit(() -> batch.format(runId, format, charset)));
		return batch.size;
	}

	private static byte[] await(Future<byte[]> future) throws IOException {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Bank file interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(ex.getCause());
		}
	}

	/**
	 * Whether every payee of the run has one line (one month, regular payments only), so
	 * that the file needs no grouping.
	 */
	private static boolean singleLinePayees(Connection connection, long runId) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select months = 1 and single_line_payees from benefits.payment_run where id = ?")) {
			statement.setLong(1, runId);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/**
	 * Up to {@link #SIZE} payee records, read in the reader's thread, formatted in a
	 * worker's.
	 */
	private final class Batch {

		static final int SIZE = 8192;

		final long[] beneficiaries = new long[SIZE];

		final long[] payables = new long[SIZE];

		final String[] names = new String[SIZE];

		final String[] banks = new String[SIZE];

		final byte[][] ciphers = new byte[SIZE][];

		final long[] amounts = new long[SIZE];

		int size;

		/** Reads the next record of the COPY; false at its end. */
		boolean read(DataInputStream in) throws IOException {
			if (!BinaryCopyReader.nextRow(in, 6)) {
				return false;
			}
			int i = this.size;
			this.beneficiaries[i] = BinaryCopyReader.int8(in);
			this.payables[i] = BinaryCopyReader.int8(in);
			this.names[i] = BinaryCopyReader.text(in, "");
			this.banks[i] = BinaryCopyReader.text(in, "");
			this.ciphers[i] = BinaryCopyReader.bytes(in);
			this.amounts[i] = BinaryCopyReader.int8(in);
			this.size++;
			return true;
		}

		byte[] format(long runId, BankFileFormat format, Charset charset) {
			StringBuilder text = new StringBuilder(this.size * 80);
			for (int i = 0; i < this.size; i++) {
				String account = (this.ciphers[i] != null)
						? BankFileWriter.this.registry.revealBankAccount(this.ciphers[i]) : "";
				String reference = reference(runId, this.beneficiaries[i], this.payables[i]);
				if (format == BankFileFormat.CSV) {
					text.append(reference)
						.append(',')
						.append(csv(this.names[i]))
						.append(',')
						.append(account)
						.append(',')
						.append(csv(this.banks[i]))
						.append(',')
						.append(yuan(this.amounts[i]))
						.append('\n');
				}
				else {
					text.append(pad(reference, 24))
						.append(pad(account, 32))
						.append(pad(this.names[i], 40))
						.append(zeros(this.amounts[i], 15))
						.append("\r\n");
				}
			}
			return text.toString().getBytes(charset);
		}

	}

	/**
	 * {@code <run>-<beneficiary>} for beneficiaries, {@code <run>-P<payable>} for
	 * one-offs.
	 */
	static String reference(long runId, long beneficiaryId, long payable) {
		return (beneficiaryId > 0) ? runId + "-" + beneficiaryId : runId + "-P" + payable;
	}

	static String yuan(long fen) {
		String sign = (fen < 0) ? "-" : "";
		long abs = Math.abs(fen);
		long cents = abs % 100;
		return sign + (abs / 100) + "." + ((cents < 10) ? "0" : "") + cents;
	}

	private static String csv(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/** Pads to a width in GBK bytes (a Chinese character takes two). */
	static String pad(String value, int bytes) {
		StringBuilder out = new StringBuilder(bytes);
		int used = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			int width = (c < 0x80) ? 1 : 2;
			if (used + width > bytes) {
				break;
			}
			out.append(c);
			used += width;
		}
		out.append(" ".repeat(bytes - used));
		return out.toString();
	}

	private static String zeros(long value, int width) {
		String digits = Long.toString(value);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

}
