package org.rongjun.benefits.payment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.rongjun.registry.EntitlementReadModel;
import org.springframework.stereotype.Component;

/**
 * Streams a run's bank disbursement file: one record per payee (the months and top-ups of
 * a beneficiary in the run add up to one transfer; each one-off payable is its own), read
 * with a cursor and written as it comes, so a million lines need no more memory than one.
 * The account number is decrypted by the registry, line by line, and exists only in the
 * file.
 */
@Component
class BankFileWriter {

	static final Charset GBK = Charset.forName("GBK");

	private final DataSource dataSource;

	private final EntitlementReadModel registry;

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
			try (PreparedStatement statement = connection.prepareStatement(singleLinePayees(connection, runId) ? """
					select beneficiary_id, 0, payee_name, bank_name, bank_account_cipher, amount_fen
					from benefits.payment_line
					where run_id = ? and attempt = 0
					""" : """
					select beneficiary_id, case when kind = 'ONE_OFF' then basis else 0 end as payable, payee_name,
					       bank_name, bank_account_cipher, sum(amount_fen) as amount
					from benefits.payment_line
					where run_id = ? and attempt = 0
					group by 1, 2, 3, 4, 5
					order by 1, 2
					""")) {
				try (PreparedStatement memory = connection.prepareStatement("set local work_mem = '256MB'")) {
					memory.execute();
				}
				statement.setFetchSize(10_000);
				statement.setLong(1, runId);
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
				long records = 0;
				if (format == BankFileFormat.CSV) {
					writer.write("reference,name,account,bank,amount\n");
				}
				// Two batches in turn: one is decrypted on the other core(s) while the
				// next
				// is read from the database, then written in order.
				Batch filling = new Batch();
				Batch decrypting = new Batch();
				CompletableFuture<Void> decrypted = CompletableFuture.completedFuture(null);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						filling.add(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
								rs.getLong(6));
						if (filling.size == Batch.SIZE) {
							decrypted.join();
							records += decrypting.writeTo(writer, runId, format);
							Batch next = decrypting;
							decrypting = filling;
							filling = next;
							decrypted = CompletableFuture.runAsync(decrypting::decrypt);
						}
					}
				}
				decrypted.join();
				records += decrypting.writeTo(writer, runId, format);
				filling.decrypt();
				records += filling.writeTo(writer, runId, format);
				writer.flush();
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
	 * Up to {@link #SIZE} payee records; account numbers are decrypted on all cores, then
	 * the records are written in order.
	 */
	private final class Batch {

		static final int SIZE = 8192;

		final long[] beneficiaries = new long[SIZE];

		final long[] payables = new long[SIZE];

		final String[] names = new String[SIZE];

		final String[] banks = new String[SIZE];

		final byte[][] ciphers = new byte[SIZE][];

		final String[] accounts = new String[SIZE];

		final long[] amounts = new long[SIZE];

		int size;

		void add(long beneficiary, long payable, String name, @Nullable String bank, byte @Nullable [] cipher,
				long amount) {
			this.beneficiaries[this.size] = beneficiary;
			this.payables[this.size] = payable;
			this.names[this.size] = name;
			this.banks[this.size] = (bank != null) ? bank : "";
			this.ciphers[this.size] = cipher;
			this.amounts[this.size] = amount;
			this.size++;
		}

		void decrypt() {
			IntStream.range(0, this.size)
				.parallel()
				.forEach((i) -> this.accounts[i] = (this.ciphers[i] != null)
						? BankFileWriter.this.registry.revealBankAccount(this.ciphers[i]) : "");
		}

		/** Writes the records, whose accounts {@link #decrypt()} has filled in. */
		int writeTo(Writer writer, long runId, BankFileFormat format) throws IOException {
			int count = this.size;
			for (int i = 0; i < count; i++) {
				String reference = reference(runId, this.beneficiaries[i], this.payables[i]);
				if (format == BankFileFormat.CSV) {
					writer.write(reference);
					writer.write(',');
					writer.write(csv(this.names[i]));
					writer.write(',');
					writer.write(this.accounts[i]);
					writer.write(',');
					writer.write(csv(this.banks[i]));
					writer.write(',');
					writer.write(yuan(this.amounts[i]));
					writer.write('\n');
				}
				else {
					writer.write(pad(reference, 24));
					writer.write(pad(this.accounts[i], 32));
					writer.write(pad(this.names[i], 40));
					writer.write(zeros(this.amounts[i], 15));
					writer.write("\r\n");
				}
			}
			this.size = 0;
			return count;
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
